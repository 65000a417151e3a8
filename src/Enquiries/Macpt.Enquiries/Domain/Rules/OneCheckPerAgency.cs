using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A Section 47 enquiry asks each partner agency once (a local rule: one question, one answer per agency, so
/// nothing is answered twice or lost between two requests); a unique index holds it when requests race.
/// </summary>
/// <param name="agencyAlreadyAsked">Whether the enquiry already has a check for the agency.</param>
public sealed class OneCheckPerAgency(bool agencyAlreadyAsked) : BusinessRule("agency", RuleKind.Conflict)
{
    public override bool IsBroken() => agencyAlreadyAsked;
    public override string Message => "That agency has already been asked: the enquiry has one check per agency.";
}
