using System.Globalization;
using System.Net;
using System.Text.Json;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// What the conference learns from other services' events, without reading their tables: advocates allocated
/// to the child's parents are invited (until the advocacy ends), the latest agreed family plan is shown, and a
/// redelivered enquiry completion creates one conference.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferenceProjectionTests(MacptSystem system)
{
    private readonly ConferenceSteps _steps = new(system);

    [Fact]
    public async Task An_allocated_advocate_is_invited_until_the_advocacy_ends_and_never_again_for_that_parent()
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        var (parent, advocate) = (Guid.NewGuid(), Guid.NewGuid());
        var allocation = Guid.NewGuid();
        await system.PublishAsync(new AdvocateAllocated(allocation, Guid.NewGuid(), parent, advocate, Guid.NewGuid(), null, child, DateTimeOffset.UtcNow), Guid.NewGuid());

        var invited = await Eventually.ReturnsAsync(() => AdvocatesAsync(id), a => a.Count == 1, TimeSpan.FromSeconds(30), "the advocate's invitation");
        Assert.Equal((advocate.ToString(), parent), invited[0]);

        await system.PublishAsync(new AdvocacyEnded(allocation, parent, advocate, null, child, DateTimeOffset.UtcNow, AdvocacyEndReasons.ConsentWithdrawn), Guid.NewGuid());
        await Eventually.ReturnsAsync(() => AdvocatesAsync(id), a => a.Count == 0, TimeSpan.FromSeconds(30), "the advocate no longer invited");

        // A later allocation of the same advocate to the same parent is not invited, nor can the chair add them by hand.
        var (reallocated, forOtherParent) = (Guid.NewGuid(), Guid.NewGuid());
        await system.PublishAsync(new AdvocateAllocated(Guid.NewGuid(), Guid.NewGuid(), parent, advocate, Guid.NewGuid(), null, child, DateTimeOffset.UtcNow), reallocated);
        var otherParent = Guid.NewGuid();
        await system.PublishAsync(new AdvocateAllocated(Guid.NewGuid(), Guid.NewGuid(), otherParent, Guid.NewGuid(), Guid.NewGuid(), null, child, DateTimeOffset.UtcNow), forOtherParent);
        await Eventually.ReturnsAsync(() => system.CountAsync("conferences", "SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@m)", ("m", new[] { reallocated, forOtherParent })),
            n => n == 2, TimeSpan.FromSeconds(30), "both allocations applied");
        var now = await AdvocatesAsync(id);
        Assert.Single(now);
        Assert.Equal(otherParent, now[0].ParentId);
        Assert.Equal(3, await system.CountAsync("conferences", "SELECT count(*) FROM parent_advocates WHERE la_child_id = @c", ("c", child)));

        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));
        using var byHand = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements",
            Arrangements("2026-11-30", invitees: [new { kind = "parent", personId = parent.ToString() }, new { kind = "advocate", personId = advocate.ToString() }]),
            At("2026-11-23T10:00:00Z"));
        await Problem.AssertAsync(byHand, HttpStatusCode.UnprocessableEntity, "invitees[1].personId");
    }

    [Fact]
    public async Task The_conference_shows_the_latest_family_plan_agreed_for_the_child()
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        var before = await _steps.GetAsync($"/api/conferences/{id}");
        Assert.False(before.TryGetProperty("familyPlan", out var none) && none.ValueKind != JsonValueKind.Null, "No family plan yet.");

        var familyPlanId = Guid.NewGuid();
        var v1 = new FamilyPlanAgreed(familyPlanId, Guid.NewGuid(), null, child, D("2026-11-24"), 3, true, D("2027-01-24"));
        var v2 = v1 with { MeetingId = Guid.NewGuid(), AgreedOn = D("2026-11-26"), Safeguards = 5, Version = 2 };
        await system.PublishAsync(v1, Guid.NewGuid());
        await system.PublishAsync(v2, Guid.NewGuid());
        var shown = await Eventually.ReturnsAsync(() => _steps.GetAsync($"/api/conferences/{id}"),
            c => c.TryGetProperty("familyPlan", out var p) && p.ValueKind == JsonValueKind.Object && p.GetProperty("version").GetInt32() == 2,
            TimeSpan.FromSeconds(30), "the revised family plan");
        Assert.Equal(5, shown.GetProperty("familyPlan").GetProperty("safeguards").GetInt32());

        // The first version delivered again, late, under a new message id, changes nothing.
        var redelivered = Guid.NewGuid();
        await system.PublishAsync(v1, redelivered);
        await Eventually.ReturnsAsync(() => system.CountAsync("conferences", "SELECT count(*) FROM inbox_messages WHERE message_id = @m", ("m", redelivered)),
            n => n == 1, TimeSpan.FromSeconds(30), "the late delivery");
        Assert.Equal(2, (await _steps.GetAsync($"/api/conferences/{id}")).GetProperty("familyPlan").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_redelivered_enquiry_completion_creates_one_conference_and_one_not_needing_a_conference_none()
    {
        var child = Referrals.NewChildId();
        var message = new Section47EnquiryCompleted(Guid.NewGuid(), null, child, D("2026-11-20"), Section47Outcomes.ConferenceRequired, true, D("2026-11-30"));
        var messageId = Guid.NewGuid();
        await system.PublishAsync(message, messageId);
        await system.PublishAsync(message, messageId);
        var again = Guid.NewGuid();
        await system.PublishAsync(message, again);
        var otherChild = Referrals.NewChildId();
        var noConference = Guid.NewGuid();
        await system.PublishAsync(new Section47EnquiryCompleted(Guid.NewGuid(), null, otherChild, D("2026-11-20"), Section47Outcomes.NotSubstantiated, false), noConference);

        await Eventually.ReturnsAsync(() => system.CountAsync("conferences", "SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@m)", ("m", new[] { again, noConference })),
            n => n == 2, TimeSpan.FromSeconds(30), "every delivery");
        Assert.Equal(1, await system.CountAsync("conferences", "SELECT count(*) FROM conferences WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(0, await system.CountAsync("conferences", "SELECT count(*) FROM conferences WHERE la_child_id = @c", ("c", otherChild)));
    }

    private async Task<List<(string AdvocateId, Guid ParentId)>> AdvocatesAsync(Guid conferenceId) =>
        (await _steps.GetAsync($"/api/conferences/{conferenceId}")).GetProperty("invitees").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "advocate")
            .Select(i => (i.GetProperty("personId").GetString()!, i.GetProperty("forParentId").GetGuid()))
            .ToList();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
