using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// A stream of referrals, each decided for a strategy discussion, sent by several front-door clients at once while a
/// test breaks something. A client does what a real one would: a 503 (the refusal an outage may give) is retried, the
/// referral under the same idempotency key, until the referral's deadline. Every referral ends in one bucket: accepted
/// (created and decided), refused (still refused at its deadline, by status), or unexpected (any other answer or a
/// transport failure: nothing is swallowed, the test shows them).
/// </summary>
public sealed class ReferralStream(MacptSystem system, int size, int concurrency = 12)
{
    private static readonly TimeSpan PerReferral = TimeSpan.FromMinutes(4);
    private readonly ConcurrentBag<Guid> _accepted = [];
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentDictionary<string, int> _refused = new();
    private readonly ConcurrentBag<string> _unexpected = [];
    private int _next;
    private int _committedThough503;
    private volatile bool _stopped;

    public int Size => size;
    public IReadOnlyCollection<Guid> Accepted => _accepted;
    public int AcceptedCount => _accepted.Count;
    /// <summary>Every refusal answered on the way (a referral refused twice then accepted counts two), by "step status".</summary>
    public IReadOnlyDictionary<string, int> Refusals => _refusals;
    /// <summary>Referrals never accepted, by the last refusal's "step status".</summary>
    public IReadOnlyDictionary<string, int> Refused => _refused;
    public IReadOnlyCollection<string> Unexpected => _unexpected;
    /// <summary>Decisions answered 503 whose transaction had committed all the same (the retry found the referral decided).</summary>
    public int CommittedThough503 => _committedThough503;

    /// <summary>No new referral is started (a failing test stops its stream so that the next test starts quiet).</summary>
    public void Stop() => _stopped = true;

    public Task RunAsync() => Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(ClientAsync)));

    private async Task ClientAsync()
    {
        while (!_stopped && Interlocked.Increment(ref _next) <= size)
        {
            var deadline = DateTimeOffset.UtcNow + PerReferral;
            try
            {
                var outcome = await OneAsync(deadline);
                if (outcome is { } refusal) _refused.AddOrUpdate(refusal, 1, (_, n) => n + 1);
            }
            catch (UnexpectedAnswerException e)
            {
                _unexpected.Add(e.Message);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                _unexpected.Add(e.GetType().Name);
            }
        }
    }

    /// <summary>Null when accepted; the last refusal when the deadline passed.</summary>
    private async Task<string?> OneAsync(DateTimeOffset deadline)
    {
        var key = "stream-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body();
        Guid id;
        while (true)
        {
            using var created = await Referrals.PostAsync(system.Gateway, body, key);
            if (created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                break;
            }
            if (await RefusedAsync("create", created) is { } refusal && DateTimeOffset.UtcNow > deadline) return refusal;
        }
        var retried = false;
        while (true)
        {
            using var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
            if (decided.StatusCode == HttpStatusCode.OK)
            {
                _accepted.Add(id);
                return null;
            }
            if (retried && decided.StatusCode == HttpStatusCode.Conflict && await DecidedAsync(id))
            {
                Interlocked.Increment(ref _committedThough503);
                _accepted.Add(id);
                return null;
            }
            if (await RefusedAsync("decide", decided) is { } refusal && DateTimeOffset.UtcNow > deadline) return refusal;
            retried = true;
        }
    }

    /// <summary>Counts a refusal and waits before the retry; anything but a 503 problem is unexpected and ends the referral.</summary>
    private async Task<string> RefusedAsync(string step, HttpResponseMessage response)
    {
        var status = $"{step} {(int)response.StatusCode}";
        _refusals.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new UnexpectedAnswerException($"{status} {response.Content.Headers.ContentType?.MediaType}");
        }
        await Task.Delay(250);
        return status;
    }

    private async Task<bool> DecidedAsync(Guid id)
    {
        using var response = await system.Gateway.GetAsync($"/api/referrals/{id}");
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() != "awaiting-decision";
    }

    public string Summary() =>
        $"{size} submitted: {AcceptedCount} accepted ({CommittedThough503} of them after a 503 that had committed), " +
        $"{_refused.Values.Sum()} refused [{Format(_refused)}], {_unexpected.Count} unexpected [{string.Join(", ", _unexpected.GroupBy(u => u).Select(g => $"{g.Count()}× {g.Key}"))}]; " +
        $"refusals answered on the way: {_refusals.Values.Sum()} [{Format(_refusals)}]";

    private static string Format(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value}× {c.Key}"));
}

internal sealed class UnexpectedAnswerException(string message) : Exception(message);
