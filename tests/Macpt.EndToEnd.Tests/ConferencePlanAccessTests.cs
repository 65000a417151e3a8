using System.Net;
using System.Text.Json;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Which child protection plans a partner agency reads, with real plans: only those whose core group includes it or
/// whose outline plan gives it an action. Any other plan is not found (404, never 403) and not listed, for the
/// agency's system and its practitioners alike; the local authority reads them all.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferencePlanAccessTests(MacptSystem system)
{
    private readonly ConferenceSteps _steps = new(system);

    [Fact]
    public async Task A_partner_reads_the_plans_it_is_part_of_and_no_other()
    {
        // Plan 1: the default core group (Family Help, the LCPP, health) and a Family Help action: no police, no education.
        var withoutPolice = Referrals.NewChildId();
        var (_, healthPlan, _) = await _steps.PlanStartedAsync(withoutPolice, "2026-11-30", "2026-12-10", "2027-02-26");
        // Plan 2: police in the core group, and an action owned by education (which is not in the core group).
        var withPolice = Referrals.NewChildId();
        var coreGroup = new object[]
        {
            new { practitionerId = FamilyHelpLead, agency = "family-help", role = "family-help-lead", keyWorker = true },
            new { practitionerId = Lcpp, agency = "local-authority", role = "lcpp", keyWorker = false },
            new { practitionerId = "pol-77", agency = "police", role = "member", keyWorker = false },
        };
        var (_, policePlan, _) = await _steps.PlanStartedAsync(withPolice, "2026-11-30", "2026-12-10", "2027-02-26",
            Plan("2026-12-10", "2027-02-26", coreGroup: coreGroup, actionOwner: "education"));

        var policePortal = system.ClientFor("police");
        var policeOfficer = system.AsUser("police-0001");
        foreach (var police in new[] { policePortal, policeOfficer })
        {
            Assert.Equal(policePlan, (await ReadAsync(police, $"/api/conferences/plans/{policePlan}")).GetProperty("id").GetGuid());
            await Problem.AssertAsync(await SendAsync(police, HttpMethod.Get, $"/api/conferences/plans/{healthPlan}", null, DateTimeOffset.UtcNow), HttpStatusCode.NotFound);
            Assert.Equal([policePlan], await PlanIdsAsync(police, withPolice));
            Assert.Empty(await PlanIdsAsync(police, withoutPolice));
        }

        // Health is in plan 1's core group only; education owns an action of plan 2 only.
        var health = system.ClientFor("health");
        Assert.Equal(healthPlan, (await ReadAsync(health, $"/api/conferences/plans/{healthPlan}")).GetProperty("id").GetGuid());
        await Problem.AssertAsync(await SendAsync(health, HttpMethod.Get, $"/api/conferences/plans/{policePlan}", null, DateTimeOffset.UtcNow), HttpStatusCode.NotFound);
        var education = system.AsUser("edu-0001");
        Assert.Equal(policePlan, (await ReadAsync(education, $"/api/conferences/plans/{policePlan}")).GetProperty("id").GetGuid());
        Assert.Empty(await PlanIdsAsync(education, withoutPolice));

        // The local authority reads both; a partner reaches no conference itself and records nothing on a plan.
        Assert.Equal([healthPlan], await PlanIdsAsync(system.Gateway, withoutPolice));
        Assert.Equal([policePlan], await PlanIdsAsync(system.Gateway, withPolice));
        await Problem.AssertAsync(await SendAsync(policePortal, HttpMethod.Get, $"/api/conferences?laChildId={withPolice}", null, DateTimeOffset.UtcNow), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await SendAsync(policeOfficer, HttpMethod.Post, $"/api/conferences/plans/{policePlan}/core-groups",
            new { heldOn = "2026-12-10", attended = new[] { "pol-77" } }, At("2026-12-10T15:00:00Z")), HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient caller, string path)
    {
        using var response = await SendAsync(caller, HttpMethod.Get, path, null, DateTimeOffset.UtcNow);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static async Task<List<Guid>> PlanIdsAsync(HttpClient caller, string laChildId) =>
        (await ReadAsync(caller, $"/api/conferences/plans?laChildId={laChildId}")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
}
