using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Macpt.LoadGenerator;

/// <summary>One referral as the front door sends it, then the LCPP's strategy-discussion decision on it.</summary>
internal sealed record ReferralOutcome(
    Guid? ReferralId,
    HttpStatusCode? ReferralStatus,
    double ReferralMs,
    HttpStatusCode? DecisionStatus,
    double DecisionMs,
    DateTimeOffset? DecidedAt,
    long DecidedTimestamp,
    string? Failure)
{
    /// <summary>The referral answered 201 Created and its decision 200 OK.</summary>
    public bool Succeeded => ReferralStatus == HttpStatusCode.Created && DecisionStatus == HttpStatusCode.OK;
}

internal sealed class ReferralTraffic : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly byte[] DecisionBody = Encoding.UTF8.GetBytes(
        """{"decision":"strategy-discussion","reason":"Reasonable cause to suspect significant harm."}""");

    private readonly HttpClient client;
    private readonly BenchTokens tokens;
    private readonly string referralsPath;

    /// <param name="baseUrl">The gateway, or the referrals service itself (then paths are the same: /api/referrals).</param>
    /// <param name="tokens">Bearer tokens (the front door refers, an LCPP decides and reads), valid at the gateway and at the service itself.</param>
    public ReferralTraffic(Uri baseUrl, BenchTokens tokens, int connections)
    {
        client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, connections),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        this.tokens = tokens;
        referralsPath = "api/referrals";
    }

    public HttpClient Client => client;

    public async Task<ReferralOutcome> SendAsync(CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        Guid? id = null;
        HttpStatusCode? referralStatus = null;
        double referralMs;
        try
        {
            using var request = Request(HttpMethod.Post, referralsPath, ReferralBody(), await tokens.FrontDoorAsync(ct));
            request.Headers.Add("Idempotency-Key", "bench-" + Guid.NewGuid().ToString("N"));
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            referralMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            referralStatus = response.StatusCode;
            if (response.StatusCode != HttpStatusCode.Created)
                return new ReferralOutcome(null, referralStatus, referralMs, null, 0, null, 0, null);
            using var json = JsonDocument.Parse(body);
            id = json.RootElement.GetProperty("id").GetGuid();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new ReferralOutcome(null, referralStatus, Stopwatch.GetElapsedTime(start).TotalMilliseconds, null, 0, null, 0, e.GetType().Name);
        }

        var decisionStart = Stopwatch.GetTimestamp();
        try
        {
            using var request = Request(HttpMethod.Post, $"{referralsPath}/{id}/decision", DecisionBody, await tokens.LcppAsync(ct));
            using var response = await client.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            var decided = Stopwatch.GetTimestamp();
            return new ReferralOutcome(id, referralStatus, referralMs, response.StatusCode,
                Stopwatch.GetElapsedTime(decisionStart, decided).TotalMilliseconds, DateTimeOffset.UtcNow, decided, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new ReferralOutcome(id, referralStatus, referralMs, null, Stopwatch.GetElapsedTime(decisionStart).TotalMilliseconds, null, 0, e.GetType().Name);
        }
    }

    /// <summary>Polls enquiries until the referral's strategy discussion is listed; the time from the decision's answer.</summary>
    public async Task<double?> PollStrategyDiscussionAsync(Guid referralId, long decidedTimestamp, TimeSpan every, TimeSpan limit, CancellationToken ct)
    {
        while (Stopwatch.GetElapsedTime(decidedTimestamp) < limit)
        {
            using var request = Request(HttpMethod.Get, $"api/enquiries/strategy-discussions?referralId={referralId}", null, await tokens.LcppAsync(ct));
            try
            {
                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                var seen = Stopwatch.GetTimestamp();
                if (response.StatusCode == HttpStatusCode.OK && body.Contains(referralId.ToString(), StringComparison.OrdinalIgnoreCase))
                    return Stopwatch.GetElapsedTime(decidedTimestamp, seen).TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                // A refused poll is retried like an empty one; a lasting failure shows as a missing sample.
            }
            await Task.Delay(every, ct);
        }
        return null;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, byte[]? body, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
        return request;
    }

    /// <summary>A made-up child (no real person): a fresh LA child id each time so no two referrals are re-referrals.</summary>
    private static byte[] ReferralBody()
    {
        var child = "B" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var received = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(
            $$"""{"child":{"laChildId":"{{child}}","firstName":"Bench","lastName":"Child","dateOfBirth":"2016-05-17","sex":"M"},"referralSource":"2A","concerns":"Concerns raised by the school about bruising seen on the child's arms on two occasions this week.","receivedAt":"{{received}}"}""");
    }

    public void Dispose() => client.Dispose();
}
