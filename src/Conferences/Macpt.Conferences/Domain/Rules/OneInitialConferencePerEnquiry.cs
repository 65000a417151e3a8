using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A Section 47 enquiry that needs a conference has one initial conference, however it is created (from the
/// enquiry's completion or by an LCPP before birth): the CIN census records one <c>DateOfInitialCPC</c> per Section 47 enquiry.
/// <paramref name="enquiryHasConference"/> is whether the enquiry named already has one.
/// </summary>
public sealed class OneInitialConferencePerEnquiry(bool enquiryHasConference) : BusinessRule("enquiryId", RuleKind.Conflict)
{
    public override bool IsBroken() => enquiryHasConference;
    public override string Message => "An enquiry has one initial conference, and this enquiry already has one.";
}
