using Macpt.Gateway;
using Macpt.Gateway.Access;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptAuthentication([.. ServiceRoutes.Services]);
builder.Services.AddAuthorizationBuilder().AddServicePolicies();
builder.Services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddGatewayRateLimits(builder.Configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new());
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = UriLengthLimit.RequestLineBytes);
builder.Services.AddReverseProxy()
    .LoadFromMemory(ServiceRoutes.Routes, ServiceRoutes.Clusters)
    .AddTransforms(CallerHeaders.Apply(builder.Configuration.GetValue<bool>("Gateway:ForwardTestClock")))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

app.UseServiceDefaults();
app.UseMiddleware<UriLengthLimit>();
app.UseMacptAuthentication();
app.UseRateLimiter();
app.MapReverseProxy();
app.MapFallback(UnknownRoute.Answer).AllowAnonymous();

app.Run();

public partial class Program;
