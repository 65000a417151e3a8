namespace Macpt.Conferences.Domain;

/// <summary>
/// A change of the people around a plan, kept as history: which change (<see cref="PlanPeopleChanges"/>), who joined
/// or took over (<see cref="PractitionerId"/>), who stepped away (<see cref="PreviousPractitionerId"/>), the agency,
/// the date and the handover note (Newham's change of Lead Practitioner: planned, communicated, handed over).
/// </summary>
public sealed record PlanPeopleChange(Guid Id, string Change, string? PractitionerId, string? PreviousPractitionerId, string? Agency,
    DateOnly ChangedOn, string HandoverNote, string RecordedBy, DateTimeOffset RecordedAt);

public static class PlanPeopleChanges
{
    /// <summary>A new allocated LCPP takes over; the previous one leaves the core group.</summary>
    public const string Lcpp = "lcpp";
    /// <summary>A new key worker (the Family Help lead practitioner) takes over.</summary>
    public const string KeyWorker = "key-worker";
    /// <summary>A practitioner joins the core group as a member.</summary>
    public const string MemberJoined = "member-joined";
    /// <summary>A member leaves the core group.</summary>
    public const string MemberLeft = "member-left";

    public static IReadOnlyList<string> All { get; } = [Lcpp, KeyWorker, MemberJoined, MemberLeft];
}
