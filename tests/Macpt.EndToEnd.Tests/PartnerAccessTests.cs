using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// What a partner agency sees of referrals and enquiries, with real records (object-level access): its own
/// consultations, the discussions it was part of, only what it sent in a referral's answer; anything else is 404,
/// so that a record's existence does not leak. Who acts is the token's actor.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class PartnerAccessTests(MacptSystem system)
{
    [Fact]
    public async Task Police_read_the_consultation_police_asked_and_get_404_for_the_one_health_asked()
    {
        var police = system.ClientFor("police");
        var ours = await AskAsync(police, "Officers attended a domestic incident; should we refer?");
        var theirs = await AskAsync(system.ClientFor("health"), "A health visitor is worried about a baby.");
        Assert.Equal("police", ours.GetProperty("requesterAgency").GetString());
        Assert.Equal("police-portal", ours.GetProperty("requesterId").GetString()); // the token's actor

        using var own = await police.GetAsync($"/api/referrals/consultations/{ours.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await Problem.AssertAsync(await police.GetAsync($"/api/referrals/consultations/{theirs.GetProperty("id").GetGuid()}"), HttpStatusCode.NotFound);
        // The MACPT reads both.
        using var macpt = await system.Gateway.GetAsync($"/api/referrals/consultations/{theirs.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, macpt.StatusCode);
        // A partner consults as itself.
        using var asOther = await police.PostAsJsonAsync("/api/referrals/consultations", new { requesterAgency = "health", question = "q" });
        await Problem.AssertAsync(asOther, HttpStatusCode.BadRequest, "requesterAgency");
    }

    [Fact]
    public async Task Police_read_a_discussion_police_were_invited_to_and_get_404_for_others()
    {
        var (_, invited) = await Enquiries.DiscussionAsync(system, null);
        var (_, notConvened) = await Enquiries.DiscussionAsync(system, null);
        object[] withoutEducation = [Enquiries.AllRequired[0], Enquiries.AllRequired[1], Enquiries.AllRequired[2]];
        using var convened = await system.SendAsync(HttpMethod.Put, $"/api/enquiries/strategy-discussions/{invited}/convening",
            new { scheduledFor = DateTimeOffset.UtcNow.AddHours(2), chairId = "lcpp-0001", attendees = withoutEducation });
        Assert.Equal(HttpStatusCode.OK, convened.StatusCode);

        var police = system.ClientFor("police");
        using var seen = await police.GetAsync($"/api/enquiries/strategy-discussions/{invited}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(invited, (await seen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        using var officer = await system.AsUser("police-0001").GetAsync($"/api/enquiries/strategy-discussions/{invited}");
        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        await Problem.AssertAsync(await police.GetAsync($"/api/enquiries/strategy-discussions/{notConvened}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.ClientFor("education").GetAsync($"/api/enquiries/strategy-discussions/{invited}"), HttpStatusCode.NotFound);
        // The MACPT's own people read any.
        using var chair = await system.AsUser("chair-0001").GetAsync($"/api/enquiries/strategy-discussions/{notConvened}");
        Assert.Equal(HttpStatusCode.OK, chair.StatusCode);
    }

    [Fact]
    public async Task A_partner_referral_answer_carries_no_re_referral_history_and_the_sender_comes_from_the_token()
    {
        var child = Referrals.NewChildId();
        await using var receivedOnBus = await AdvocacyBusListener.StartAsync<Macpt.Contracts.Referrals.ReferralReceived>(system);
        var first = await Referrals.CreateAsync(system.Gateway, Referrals.Body(child));

        using var sent = await Referrals.PostAsync(system.ClientFor("police"), Referrals.Body(child, referralSource: "6"));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var answer = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.TryGetProperty("isReReferral", out _), "a partner learns nothing of the child's history");
        Assert.False(answer.TryGetProperty("previousReferralId", out _));

        // The MACPT sees the re-referral, and who sent it.
        var stored = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{answer.GetProperty("id").GetGuid()}");
        Assert.True(stored.GetProperty("isReReferral").GetBoolean());
        Assert.Equal(first, stored.GetProperty("previousReferralId").GetGuid());
        var by = stored.GetProperty("submittedBy");
        Assert.Equal("police-portal", by.GetProperty("id").GetString());
        Assert.Equal("police", by.GetProperty("agency").GetString());
        Assert.Equal("police-portal", by.GetProperty("clientId").GetString());
        // The event names each referrer's agency as its token says (a partner sees the referrals it made).
        var received = await receivedOnBus.WaitForEachAsync(m => m.GetProperty("referralId").GetGuid(), [answer.GetProperty("id").GetGuid(), first],
            TimeSpan.FromSeconds(30), "ReferralReceived of both referrals");
        Assert.Equal("police", received[answer.GetProperty("id").GetGuid()].GetProperty("referrerAgency").GetString());
        Assert.Equal("local-authority", received[first].GetProperty("referrerAgency").GetString());
        // The front door's own answer keeps it.
        using var again = await Referrals.PostAsync(system.Gateway, Referrals.Body(child));
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isReReferral").GetBoolean());
    }

    [Fact]
    public async Task A_partner_cannot_back_date_a_referral_but_the_front_door_may_record_one_it_took_earlier()
    {
        var child = Referrals.NewChildId();
        var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1);

        await Problem.AssertAsync(await Referrals.PostAsync(system.ClientFor("health"), Referrals.Body(child, receivedAt: anHourAgo)),
            HttpStatusCode.UnprocessableEntity, "receivedAt");
        await Problem.AssertAsync(await Referrals.PostAsync(system.ClientFor("health"), new
        {
            children = new[] { new { laChildId = child, firstName = "Test", lastName = "Child", dateOfBirth = "2016-05-17", sex = "M" } },
            referralSource = "3A",
            concerns = "Worried.",
            receivedAt = anHourAgo,
        }, path: "/api/referrals/households"), HttpStatusCode.UnprocessableEntity, "receivedAt");
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));

        using var frontDoor = await Referrals.PostAsync(system.Gateway, Referrals.Body(child, receivedAt: anHourAgo));
        Assert.Equal(HttpStatusCode.Created, frontDoor.StatusCode);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        using var asked = await client.PostAsJsonAsync("/api/referrals/consultations", new { question });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return await asked.Content.ReadFromJsonAsync<JsonElement>();
    }
}
