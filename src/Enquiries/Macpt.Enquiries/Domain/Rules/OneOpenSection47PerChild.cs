using Macpt.Rules;
namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A child has at most one open Section 47 enquiry: the CIN census refuses two open at once (rule 8839) and one
/// starting while another is ongoing (rule 8890; shared/domain/codes.md §4). A second threshold decision for the
/// child joins the open enquiry (<see cref="StrategyDiscussion.RecordOutcome"/>) instead of starting one; this rule
/// guards the start itself, and a unique index on open enquiries per child holds it when two discussions race.
/// </summary>
/// <param name="openEnquiryId">The child's open enquiry, if any.</param>
public sealed class OneOpenSection47PerChild(Guid? openEnquiryId) : BusinessRule("thresholdMet", RuleKind.Conflict)
{
    public override bool IsBroken() => openEnquiryId is not null;
    public override string Message => $"The child already has an open Section 47 enquiry ({openEnquiryId}); a second threshold decision joins it.";
}
