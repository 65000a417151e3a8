namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is recorded as held once; once held it is not given a new date or a new coordinator, and a new
/// meeting is a new request. Source: local recording practice (one FGDM meeting per offer, CIN census 2026-27
/// <c>PreProceedingsandFGDM</c>).
/// </summary>
public sealed class MeetingIsHeldOnce(FamilyNetworkMeetingRequest request, string field) : BusinessRule(field, RuleKind.Conflict)
{
    public override bool IsBroken() => request.Meeting is not null;
    public override string Message => "The meeting has been held: it is recorded once, and is not re-dated or re-coordinated after.";
}
