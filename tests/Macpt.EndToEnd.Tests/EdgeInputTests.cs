using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace Macpt.EndToEnd.Tests;

/// <summary>Oversized and deeply nested bodies, wrong content types, unknown codes and edge dates: clean problems, nothing stored.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class EdgeInputTests(MacptSystem system)
{
    private async Task<(HttpResponseMessage Response, long Stored)> PostReferralAsync(HttpContent content, string child)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = content };
        request.Headers.Add("Idempotency-Key", "edge-" + Guid.NewGuid().ToString("N"));
        // Aspire's client (it retries a connection the server closed while the body was still being sent, as a
        // large refused upload is), with the duty practitioner's token.
        using var client = system.App.CreateHttpClient("gateway");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await system.Tokens.TokenAsync(new Principal.User("duty-0001")));
        var response = await client.SendAsync(request);
        return (response, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));
    }

    private static string Json(string child, string dateOfBirth = "2016-05-17", string? receivedAt = null, string referralSource = "2A",
        string sex = "M", string concerns = "Concerns.") =>
        $$"""{"child":{"laChildId":"{{child}}","firstName":"Edge","lastName":"Case","dateOfBirth":"{{dateOfBirth}}","sex":"{{sex}}"},"referralSource":"{{referralSource}}","concerns":"{{concerns}}","receivedAt":"{{receivedAt ?? RecentlyAt(0)}}"}""";

    /// <summary>Two hours ago, written in the given UTC offset.</summary>
    private static string RecentlyAt(int offsetHours) =>
        DateTimeOffset.UtcNow.AddHours(-2).ToOffset(TimeSpan.FromHours(offsetHours)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_oversized_body_answers_413_whether_its_length_is_declared_or_streamed()
    {
        var child = Referrals.NewChildId();
        var big = Json(child, concerns: new string('x', 2 * 1024 * 1024));
        var (declared, stored) = await PostReferralAsync(new StringContent(big, Encoding.UTF8, "application/json"), child);
        await Problem.AssertAsync(declared, HttpStatusCode.RequestEntityTooLarge);
        try
        {
            var (chunked, _) = await PostReferralAsync(new PushStreamContent(big), child);
            Assert.True(chunked.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"streamed: {chunked.StatusCode}");
            Assert.Equal("application/problem+json", chunked.Content.Headers.ContentType?.MediaType);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            // The server stopped reading at the limit and closed the connection while the rest was still being
            // sent (RFC 9110 §15.5.14 allows it): the client sees a broken pipe, not the 413 written before it.
        }
        Assert.Equal(0, stored + await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));
    }

    [Fact]
    public async Task Deeply_nested_json_and_wrong_content_types_are_refused_cleanly()
    {
        var child = Referrals.NewChildId();
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var (deep, _) = await PostReferralAsync(new StringContent(Json(child).Replace("\"Concerns.\"", nested), Encoding.UTF8, "application/json"), child);
        await Problem.AssertAsync(deep, HttpStatusCode.BadRequest);
        var (plain, _) = await PostReferralAsync(new StringContent(Json(child), Encoding.UTF8, "text/plain"), child);
        Assert.True(plain.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, $"text/plain: {plain.StatusCode}");
        Assert.Equal("application/problem+json", plain.Content.Headers.ContentType?.MediaType);
        var (xml, stored) = await PostReferralAsync(new StringContent("<referral/>", Encoding.UTF8, "application/xml"), child);
        Assert.True(xml.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, $"xml: {xml.StatusCode}");
        Assert.Equal(0, stored);
    }

    [Theory]
    [InlineData("/api/conferences/plans?laChildId=%00")]
    [InlineData("/api/conferences?laChildId=%00")]
    [InlineData("/api/familynetworks/requests?laChildId=%00")]
    [InlineData("/api/advocacy/offers?laChildId=%00")]
    [InlineData("/api/enquiries/strategy-discussions?status=%00")]
    public async Task A_nul_character_in_a_query_is_refused_not_a_500(string uri)
    {
        using var response = await system.Gateway.GetAsync(uri);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{uri}: {(int)response.StatusCode}");
        if (response.StatusCode != HttpStatusCode.OK) await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_nul_character_in_a_body_is_refused_and_nothing_is_stored()
    {
        var child = Referrals.NewChildId();
        var (response, stored) = await PostReferralAsync(new StringContent(Json(child, concerns: "before\u0000after"), Encoding.UTF8, "application/json"), child);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, stored);
    }

    [Theory]
    [InlineData("referralSource", "99")]
    [InlineData("sex", "7")]
    public async Task Unknown_codes_are_refused_naming_the_field(string field, string value)
    {
        var child = Referrals.NewChildId();
        var json = field == "sex" ? Json(child, sex: value) : Json(child, referralSource: value);
        var (response, stored) = await PostReferralAsync(new StringContent(json, Encoding.UTF8, "application/json"), child);
        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, stored);
    }

    [Theory]
    [InlineData("2016-02-29", null, HttpStatusCode.Created)]                      // a leap-day birthday
    [InlineData("2023-02-29", null, HttpStatusCode.BadRequest)]                   // no such day
    [InlineData("0001-01-01", null, HttpStatusCode.BadRequest)]                   // born in year 0001
    [InlineData("2016-05-17", "0001-01-01T00:00:00Z", HttpStatusCode.BadRequest)] // received in year 0001
    [InlineData("2016-05-17", "9999-12-31T23:59:59Z", HttpStatusCode.BadRequest)] // received in the future
    [InlineData("2016-05-17", "+14", HttpStatusCode.Created)]                     // written in Kiribati time
    [InlineData("2016-05-17", "-12", HttpStatusCode.Created)]                     // written in Baker Island time
    public async Task Edge_dates_are_accepted_or_refused_cleanly(string dateOfBirth, string? receivedAt, HttpStatusCode expected)
    {
        var child = Referrals.NewChildId();
        if (receivedAt is ['+' or '-', ..]) receivedAt = RecentlyAt(int.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture));
        var (response, stored) = await PostReferralAsync(new StringContent(Json(child, dateOfBirth, receivedAt), Encoding.UTF8, "application/json"), child);
        if (expected == HttpStatusCode.Created)
        {
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal(1, stored);
        }
        else
        {
            await Problem.AssertAsync(response, expected);
            Assert.Equal(0, stored);
        }
    }

    /// <summary>A body sent without a Content-Length (chunked), so the size is only found while reading.</summary>
    private sealed class PushStreamContent(string body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            for (var i = 0; i < bytes.Length; i += 64 * 1024) await stream.WriteAsync(bytes.AsMemory(i, Math.Min(64 * 1024, bytes.Length - i)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
