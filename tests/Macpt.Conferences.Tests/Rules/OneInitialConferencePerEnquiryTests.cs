using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>An enquiry has one initial conference, however it is created.</summary>
public sealed class OneInitialConferencePerEnquiryTests
{
    [Fact]
    public void A_second_initial_conference_for_an_enquiry_is_refused() =>
        RuleAssert.Broken(new OneInitialConferencePerEnquiry(enquiryHasConference: true), "enquiryId", RuleKind.Conflict);

    [Fact]
    public void The_first_is_accepted() => RuleAssert.Holds(new OneInitialConferencePerEnquiry(enquiryHasConference: false));
}
