using Macpt.Contracts;
using Macpt.Identity;
using Macpt.Identity.Apis;
using Macpt.Identity.Domain;
using Macpt.Identity.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using static OpenIddict.Abstractions.OpenIddictConstants;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<IdentityDbContext>("identity");
builder.Services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.Section).ValidateDataAnnotations().ValidateOnStart();
var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>()
    ?? throw new InvalidOperationException("The Identity settings are missing.");

builder.Services.AddOpenIddict()
    .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
    .AddServer(o =>
    {
        o.SetIssuer(new Uri(settings.Issuer));
        o.SetTokenEndpointUris("connect/token");
        o.SetAuthorizationEndpointUris("connect/authorize");
        o.AllowClientCredentialsFlow();
        // The web app signs practitioners in with the code flow; a public client, so PKCE is required.
        o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
        o.AllowRefreshTokenFlow();
        if (settings.AllowPasswordGrant) o.AllowPasswordFlow();
        o.RegisterScopes([.. ServiceNames.Apis, Scopes.OpenId, Scopes.OfflineAccess]);
        o.AddSigningKey(SigningKeys.Signing(settings.SigningKeyFile));
        o.AddEncryptionKey(SigningKeys.Encryption(settings.EncryptionKeyFile));
        // Access tokens are signed JWTs every service verifies with the published keys; nothing secret is in them.
        o.DisableAccessTokenEncryption();
        o.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
        var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough();
        if (settings.AllowHttp) aspNetCore.DisableTransportSecurityRequirement();
    });
builder.Services.AddAuthentication().AddCookie(SignInApi.Scheme, o =>
{
    o.LoginPath = SignInApi.LoginPath;
    o.Cookie.Name = SignInApi.Scheme;
    o.Cookie.Path = "/connect";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = settings.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = false;
});
builder.Services.AddAntiforgery(o => o.Cookie.Path = "/connect");
// Every replica reads the sign-in cookie and antiforgery tokens another wrote; the keys are encrypted where they are kept.
var keyProtection = SigningKeys.KeyProtection(settings.KeyProtectionCertificateFile);
builder.Services.AddDataProtection().SetApplicationName("macpt-identity").PersistKeysToDbContext<IdentityDbContext>()
    .ProtectKeysWithCertificate(keyProtection).UnprotectKeysWithAnyCertificate(keyProtection);
builder.Services.AddHostedService<IdentitySeeder>();

var app = builder.Build();

// Behind the gateway, discovery names the gateway's address (X-Forwarded-Host/Proto from YARP, on loopback only).
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto });
app.UseServiceDefaults();
// OpenIddict answers discovery and the token endpoint from the authentication middleware: after the headers above.
app.UseAuthentication();
app.UseAntiforgery();
app.MapTokenApi();
app.MapSignInApi();

app.Run();

public partial class Program;
