using System.Net;
using System.Security.Claims;
using Macpt.Identity.Infrastructure;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Macpt.Identity.Apis;

/// <summary>
/// How a practitioner signs in to the web app: the authorization code flow with PKCE. <c>/connect/authorize</c>
/// sends someone not yet signed in to <c>/connect/login</c> (a form, antiforgery-checked); once their password
/// is right, a sign-in cookie (path <c>/connect</c>, HTTP-only) brings them back to authorize, which issues the
/// code. Only the identity service ever sees the password.
/// </summary>
public static class SignInApi
{
    public const string Scheme = "macpt-sign-in";
    public const string LoginPath = "/connect/login";

    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connect/authorize", Authorize).ExcludeFromDescription();
        app.MapGet(LoginPath, LoginForm).ExcludeFromDescription();
        app.MapPost(LoginPath, Login).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Authorize(HttpContext http, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(Scheme);
        var username = cookie.Principal?.FindFirstValue(Claims.Subject);
        var practitioner = username is null ? null : await db.Practitioners.FindAsync([username], http.RequestAborted);
        if (practitioner is not { Active: true })
        {
            if (request.HasPromptValue(PromptValues.None)) return TokenIdentities.Refuse(Errors.LoginRequired, "Sign in first.");
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString }, [Scheme]);
        }
        return TokenIdentities.Issue(TokenIdentities.ForPractitioner(practitioner), request.GetScopes());
    }

    private static IResult LoginForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, ReturnTo(returnUrl), error: null, HttpStatusCode.OK);

    private static async Task<IResult> Login(HttpContext http, IAntiforgery antiforgery, IdentityDbContext db,
        [FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var practitioner = string.IsNullOrEmpty(username) ? null : await db.Practitioners.FindAsync([username], http.RequestAborted);
        if (practitioner is null || !practitioner.SignsInWith(password))
        {
            return Page(http, antiforgery, ReturnTo(returnUrl), "The username or password is not right.", HttpStatusCode.BadRequest);
        }
        var identity = new ClaimsIdentity([new Claim(Claims.Subject, practitioner.Username)], Scheme, Claims.Subject, Claims.Role);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(ReturnTo(returnUrl));
    }

    /// <summary>Back to the authorize request that sent them here; never anywhere else.</summary>
    private static string ReturnTo(string? returnUrl) =>
        returnUrl is { } url && url.StartsWith("/connect/authorize?", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) ? url : "/connect/authorize";

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, HttpStatusCode status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        static string e(string text) => WebUtility.HtmlEncode(text);
        var message = error is null ? "" : $"""<p class="govuk-error-message" role="alert">{e(error)}</p>""";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in – Macpt</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><main>
            <h1>Sign in to Macpt</h1>
            {message}
            <form method="post" action="{LoginPath}" novalidate>
              <input type="hidden" name="{e(tokens.FormFieldName)}" value="{e(tokens.RequestToken ?? "")}">
              <input type="hidden" name="returnUrl" value="{e(returnUrl)}">
              <p><label for="username">Username (your practitioner id)</label><br>
              <input id="username" name="username" autocomplete="username" spellcheck="false" required></p>
              <p><label for="password">Password</label><br>
              <input id="password" name="password" type="password" autocomplete="current-password" required></p>
              <p><button type="submit">Sign in</button></p>
            </form>
            </main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
