using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A referral (one CIN episode) leads to one strategy discussion; a new concern on an open case is convened
/// without the referral id (Working Together 2023, ch. 4; CIN census episodes).
/// </summary>
/// <param name="referralHasDiscussion">Whether the referral named already has a discussion.</param>
public sealed class OneDiscussionPerReferral(bool referralHasDiscussion) : BusinessRule("referralId", RuleKind.Conflict)
{
    public override bool IsBroken() => referralHasDiscussion;
    public override string Message => "The referral already has a strategy discussion: one per referral. Convene without the referral id for a new concern.";
}
