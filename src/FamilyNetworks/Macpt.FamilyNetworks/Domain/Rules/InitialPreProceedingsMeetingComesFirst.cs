namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Pre-proceedings have one initial meeting (<c>InitialPPMeetingDate</c>) and then reviews (<c>ReviewMeetingsCount</c>), each
/// on or after it (Public Law Outline 2014, PD12A; census 2026-27 <c>PreProceedingsandFGDM</c>). A second initial meeting
/// conflicts (409); a review before any initial meeting, or dated before it, is refused (422).
/// </summary>
public sealed class InitialPreProceedingsMeetingComesFirst(PreProceedings preProceedings, PreProceedingsMeeting meeting) : IBusinessRule
{
    private (string Field, RuleKind Kind, string Message)? Broken => (meeting.Kind, preProceedings.InitialMeetingOn) switch
    {
        (PreProceedingsMeetingKinds.Initial, not null) => ("kind", RuleKind.Conflict, "The initial pre-proceedings meeting has been recorded: later ones are reviews."),
        (PreProceedingsMeetingKinds.Review, null) => ("kind", RuleKind.Unprocessable, "A review follows the initial pre-proceedings meeting, which is not recorded yet."),
        (PreProceedingsMeetingKinds.Review, { } initial) when meeting.HeldOn < initial => ("heldOn", RuleKind.Unprocessable, "A review is dated before the initial meeting."),
        _ => null,
    };

    public bool IsBroken() => Broken is not null;
    public string Field => Broken?.Field ?? "kind";
    public RuleKind Kind => Broken?.Kind ?? RuleKind.Unprocessable;
    public string Message => Broken?.Message ?? "The initial meeting comes first, then reviews.";
}
