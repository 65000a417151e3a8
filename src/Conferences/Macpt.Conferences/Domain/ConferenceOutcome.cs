namespace Macpt.Conferences.Domain;

/// <summary>
/// What the conference heard and decided: who attended or sent apologies or a report, each agency's
/// view on continuing risk of significant harm, the parents' and the child's views, any dissent, and
/// the decision. The same for initial and review conferences (Working Together 2023, ch. 4).
/// </summary>
public sealed record ConferenceOutcome(
    DateOnly HeldOn,
    List<Attendance> Attendance,
    List<AgencyView> AgencyViews,
    List<ParentView> ParentViews,
    ChildsViews ChildsViews,
    List<Dissent> Dissent,
    bool PlanRequired,
    string DecisionReasons,
    List<AdvocateInvitation> AdvocatesInvited,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    private ConferenceOutcome() : this(default, [], [], [], null!, [], false, "", [], "", default) { }
}

/// <summary>An advocate invited for a parent because the advocacy service allocated them (ids only).</summary>
public sealed record AdvocateInvitation(Guid ParentId, Guid AdvocateId);

/// <summary>Whether an invitee (or anyone else who took part) attended, sent apologies, a report, or both.</summary>
public sealed record Attendance(string PersonId, string Role, string? Agency, string Status);

public static class AttendanceStatuses
{
    public const string Attended = "attended";
    public const string Apologies = "apologies";
    public const string Report = "report";
    public const string ApologiesWithReport = "apologies-with-report";

    public static IReadOnlyList<string> All { get; } = [Attended, Apologies, Report, ApologiesWithReport];
}

/// <summary>An agency's view: is the child at continuing risk of significant harm, and why.</summary>
public sealed record AgencyView(string Agency, string? PractitionerId, bool ContinuingRisk, string View);

/// <summary>A parent's (or other person with parental responsibility's) views, by their id.</summary>
public sealed record ParentView(string ParentId, string Views);

/// <summary>The child's views and how they were gathered (<see cref="ChildsViewsMethods"/>).</summary>
public sealed record ChildsViews(string Views, string HowGathered, string? GatheredBy);

public static class ChildsViewsMethods
{
    public const string InPerson = "attended-in-person";
    public const string SeenByPractitioner = "seen-by-practitioner";
    public const string Advocate = "advocate";
    public const string Written = "written-or-drawn";
    public const string Observation = "observation";
    public const string TooYoungOrUnborn = "too-young-or-unborn";

    public static IReadOnlyList<string> All { get; } = [InPerson, SeenByPractitioner, Advocate, Written, Observation, TooYoungOrUnborn];
}

/// <summary>Who disagreed with the decision, for which agency, and why.</summary>
public sealed record Dissent(string PersonId, string? Agency, string Reason);
