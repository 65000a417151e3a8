using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A strategy discussion needs at least the local authority (children's social care), the police and
/// health (Working Together 2023, ch. 4). Whoever is missing is named, in that order.
/// </summary>
public sealed class RequiredAttendeesTests
{
    private static readonly Attendee SocialWorker = new("local-authority", "Social worker", "sw.a-jones");
    private static readonly Attendee PoliceOfficer = new("police", "Detective sergeant", "ds.b-khan");
    private static readonly Attendee Paediatrician = new("health", "Named nurse", null);
    private static readonly Attendee Teacher = new("education", "Designated safeguarding lead", "dsl.c-lee");

    [Fact]
    public void The_required_agencies_are_the_local_authority_police_and_health() =>
        Assert.Equal(["local-authority", "police", "health"], RequiredAttendees.Agencies);

    [Fact]
    public void With_all_three_nobody_is_missing() =>
        Assert.Empty(RequiredAttendees.MissingFrom([SocialWorker, PoliceOfficer, Paediatrician]));

    [Fact]
    public void Others_may_attend_as_well() =>
        Assert.Empty(RequiredAttendees.MissingFrom([Teacher, SocialWorker, PoliceOfficer, Paediatrician]));

    [Fact]
    public void The_order_of_attendance_does_not_matter() =>
        Assert.Empty(RequiredAttendees.MissingFrom([Paediatrician, PoliceOfficer, SocialWorker]));

    [Fact]
    public void Without_the_local_authority_it_is_named() =>
        Assert.Equal(["local-authority"], RequiredAttendees.MissingFrom([PoliceOfficer, Paediatrician, Teacher]));

    [Fact]
    public void Without_the_police_they_are_named() =>
        Assert.Equal(["police"], RequiredAttendees.MissingFrom([SocialWorker, Paediatrician, Teacher]));

    [Fact]
    public void Without_health_it_is_named() =>
        Assert.Equal(["health"], RequiredAttendees.MissingFrom([SocialWorker, PoliceOfficer, Teacher]));

    [Fact]
    public void Each_missing_agency_is_named() =>
        Assert.Equal(["police", "health"], RequiredAttendees.MissingFrom([SocialWorker, Teacher]));

    [Fact]
    public void Two_people_from_one_agency_do_not_stand_in_for_another() =>
        Assert.Equal(["police"], RequiredAttendees.MissingFrom(
            [SocialWorker, SocialWorker with { Role = "Team manager", PractitionerId = "tm.d-ahmed" }, Paediatrician, Paediatrician]));

    [Fact]
    public void Duplicates_do_not_matter_when_all_three_are_there() =>
        Assert.Empty(RequiredAttendees.MissingFrom([SocialWorker, SocialWorker, PoliceOfficer, PoliceOfficer, Paediatrician]));

    [Fact]
    public void With_nobody_all_three_are_missing_in_order() =>
        Assert.Equal(["local-authority", "police", "health"], RequiredAttendees.MissingFrom([]));

    [Fact]
    public void Only_other_agencies_is_the_same_as_nobody() =>
        Assert.Equal(["local-authority", "police", "health"], RequiredAttendees.MissingFrom(
            [Teacher, new Attendee("referrer", "Health visitor's manager", null), new Attendee("other", "Youth worker", null)]));

    [Fact]
    public void Agency_codes_are_exact() =>
        Assert.Equal(["local-authority", "police", "health"], RequiredAttendees.MissingFrom(
            [new Attendee("Local-Authority", "Social worker", null), new Attendee("POLICE", "PC", null), new Attendee(" health", "GP", null)]));
}
