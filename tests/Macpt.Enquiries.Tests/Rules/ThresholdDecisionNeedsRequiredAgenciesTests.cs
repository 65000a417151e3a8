using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>
/// A strategy discussion needs at least the local authority (children's social care), the police and
/// health (Working Together 2023, ch. 4). Whoever is missing is named, in that order.
/// </summary>
public sealed class ThresholdDecisionNeedsRequiredAgenciesTests
{
    private static readonly Attendee SocialWorker = new("local-authority", "Social worker", "sw.a-jones");
    private static readonly Attendee PoliceOfficer = new("police", "Detective sergeant", "ds.b-khan");
    private static readonly Attendee Paediatrician = new("health", "Named nurse", null);
    private static readonly Attendee Teacher = new("education", "Designated safeguarding lead", "dsl.c-lee");

    private static IReadOnlyList<string> Missing(params Attendee[] attended) => new ThresholdDecisionNeedsRequiredAgencies(attended).Missing;

    [Fact]
    public void The_required_agencies_are_the_local_authority_police_and_health() =>
        Assert.Equal(["local-authority", "police", "health"], ThresholdDecisionNeedsRequiredAgencies.Agencies);

    [Fact]
    public void With_all_three_it_holds() =>
        RuleAssert.Holds(new ThresholdDecisionNeedsRequiredAgencies([SocialWorker, PoliceOfficer, Paediatrician]));

    [Fact]
    public void Without_one_it_is_broken_on_attended_as_unprocessable() =>
        RuleAssert.Broken(new ThresholdDecisionNeedsRequiredAgencies([SocialWorker, Paediatrician]), "attended", RuleKind.Unprocessable);

    [Fact]
    public void The_message_names_who_is_missing() =>
        Assert.Contains("police, health", new ThresholdDecisionNeedsRequiredAgencies([SocialWorker, Teacher]).Message);

    [Fact]
    public void Others_may_attend_as_well() => Assert.Empty(Missing(Teacher, SocialWorker, PoliceOfficer, Paediatrician));

    [Fact]
    public void The_order_of_attendance_does_not_matter() => Assert.Empty(Missing(Paediatrician, PoliceOfficer, SocialWorker));

    [Fact]
    public void Without_the_local_authority_it_is_named() => Assert.Equal(["local-authority"], Missing(PoliceOfficer, Paediatrician, Teacher));

    [Fact]
    public void Without_the_police_they_are_named() => Assert.Equal(["police"], Missing(SocialWorker, Paediatrician, Teacher));

    [Fact]
    public void Without_health_it_is_named() => Assert.Equal(["health"], Missing(SocialWorker, PoliceOfficer, Teacher));

    [Fact]
    public void Each_missing_agency_is_named() => Assert.Equal(["police", "health"], Missing(SocialWorker, Teacher));

    [Fact]
    public void Two_people_from_one_agency_do_not_stand_in_for_another() =>
        Assert.Equal(["police"], Missing(SocialWorker, SocialWorker with { Role = "Team manager", PractitionerId = "tm.d-ahmed" }, Paediatrician, Paediatrician));

    [Fact]
    public void Duplicates_do_not_matter_when_all_three_are_there() =>
        Assert.Empty(Missing(SocialWorker, SocialWorker, PoliceOfficer, PoliceOfficer, Paediatrician));

    [Fact]
    public void With_nobody_all_three_are_missing_in_order() => Assert.Equal(["local-authority", "police", "health"], Missing());

    [Fact]
    public void Only_other_agencies_is_the_same_as_nobody() =>
        Assert.Equal(["local-authority", "police", "health"],
            Missing(Teacher, new Attendee("referrer", "Health visitor's manager", null), new Attendee("other", "Youth worker", null)));

    [Fact]
    public void Agency_codes_are_exact() =>
        Assert.Equal(["local-authority", "police", "health"],
            Missing(new Attendee("Local-Authority", "Social worker", null), new Attendee("POLICE", "PC", null), new Attendee(" health", "GP", null)));
}
