using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>The gateway lets in only known callers, each within its agency's access rules.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class GatewayAccessTests(MacptSystem system)
{
    [Fact]
    public async Task A_request_without_a_key_answers_401_problem_and_stores_nothing()
    {
        var child = Referrals.NewChildId();
        using var client = system.AnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/referrals", Referrals.Body(child));
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));
    }

    [Fact]
    public async Task A_wrong_key_answers_401_whichever_way_it_is_sent()
    {
        using var client = system.AnonymousClient();
        using var byHeader = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        byHeader.Headers.Add("X-Api-Key", "not-a-key");
        await Problem.AssertAsync(await client.SendAsync(byHeader), HttpStatusCode.Unauthorized);
        using var byAuthorization = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        byAuthorization.Headers.TryAddWithoutValidation("Authorization", "ApiKey not-a-key");
        await Problem.AssertAsync(await client.SendAsync(byAuthorization), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_partner_agency_may_refer_a_child_but_not_read_the_referral_queue_or_decide()
    {
        var police = system.ClientFor("police");
        var id = await Referrals.CreateAsync(police, Referrals.Body(Referrals.NewChildId(), referralSource: "6"));

        await Problem.AssertAsync(await police.GetAsync("/api/referrals"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await police.GetAsync($"/api/referrals/{id}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await Referrals.DecideAsync(police, id, "nfa"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await police.GetAsync("/api/enquiries/strategy-discussions"), HttpStatusCode.Forbidden);
        Assert.Equal("awaiting-decision", (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_caller_cannot_claim_another_agency_by_sending_the_identity_headers_itself()
    {
        // Health may read its own checks; claiming to be the local authority does not open the referral queue.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Add("X-Macpt-Agency", "local-authority");
        using var response = await system.ClientFor("health").SendAsync(request);
        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
    }
}
