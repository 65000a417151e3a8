using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// A practitioner signs in the way the web app will sign them in: the authorization code flow with PKCE through
/// the gateway (authorize, the sign-in form, back to authorize, the code, the token), then calls an API as
/// themself. A code without its verifier, a wrong password, or a return address off the site gets nothing.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed partial class SignInTests(MacptSystem system)
{
    private const string Client = "macpt-web";

    [Fact]
    public async Task A_practitioner_signs_in_with_the_code_flow_and_pkce_and_acts_as_themself()
    {
        var (browser, verifier, code) = await SignInAsync("lcpp-0001", system.Tokens.Identities.Users["lcpp-0001"].Password);

        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Client,
            ["code"] = code!,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        var access = body.GetProperty("access_token").GetString()!;
        Assert.True(body.TryGetProperty("id_token", out _));
        var claims = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(access.Split('.')[1])).RootElement;
        Assert.Equal("lcpp-0001", claims.GetProperty("sub").GetString());
        Assert.Equal("practitioner", claims.GetProperty("actor_kind").GetString());
        Assert.Equal("macpt-web", claims.GetProperty("client_id").GetString());

        using var api = system.AnonymousClient();
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/referrals?status=awaiting-decision");
        list.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(list)).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task A_code_without_its_verifier_or_with_another_is_refused()
    {
        var (browser, _, code) = await SignInAsync("sw-0001", system.Tokens.Identities.Users["sw-0001"].Password);
        using var wrong = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Client,
            ["code"] = code!,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = Verifier(),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("invalid_grant", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        browser.Dispose();
    }

    [Fact]
    public async Task An_authorize_request_without_pkce_is_refused_and_a_wrong_password_signs_no_one_in()
    {
        using var browser = Browser();
        using var noPkce = await browser.GetAsync($"/connect/authorize?client_id={Client}&response_type=code&scope=openid%20referrals&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=s1");
        Assert.True(noPkce.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect or HttpStatusCode.Found);
        if (noPkce.Headers.Location is { } location) Assert.Contains("error=invalid_request", location.Query);

        var (_, _, code) = await SignInAsync("lcpp-0001", "not-the-password");
        Assert.Null(code);
    }

    [Fact]
    public async Task The_sign_in_form_sends_no_one_off_the_site()
    {
        using var browser = Browser();
        using var form = await browser.GetAsync("/connect/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        var html = await form.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", html);
    }

    private string RedirectUri => system.App.GetEndpoint("gateway", "http").AbsoluteUri + "signin-oidc";

    /// <summary>
    /// Authorize → sign-in form → post it → authorize again → the redirect with the code (null if sign-in failed).
    /// The returned client keeps the sign-in cookie, as a browser would.
    /// </summary>
    private async Task<(HttpClient Browser, string Verifier, string? Code)> SignInAsync(string username, string password)
    {
        var browser = Browser();
        var verifier = Verifier();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id={Client}&response_type=code&scope=openid%20referrals%20enquiries&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&state=st-{Guid.NewGuid():N}&code_challenge={challenge}&code_challenge_method=S256";

        using var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var login = first.Headers.Location!;
        Assert.Equal("/connect/login", login.IsAbsoluteUri ? login.AbsolutePath : login.OriginalString.Split('?')[0]);

        using var form = await browser.GetAsync(login);
        var html = await form.Content.ReadAsStringAsync();
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = username;
        fields["password"] = password;
        using var posted = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(fields));
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
            Assert.Contains("not right", await posted.Content.ReadAsStringAsync());
            return (browser, verifier, null);
        }
        Assert.StartsWith("/connect/authorize?", posted.Headers.Location!.OriginalString);

        using var second = await browser.GetAsync(posted.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var callback = second.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.AbsoluteUri);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.StartsWith("st-", query["state"]);
        return (browser, verifier, query["code"]);
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = system.App.GetEndpoint("gateway", "http"),
        Timeout = TimeSpan.FromSeconds(60),
    };

    private static string Verifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
