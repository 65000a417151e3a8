using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Apis;

/// <summary>
/// The answer to a new referral. Re-referral history is the MACPT's record, not the sender's: a partner agency's
/// answer leaves it out (absent, not false), so a portal learns nothing about the child it did not send.
/// </summary>
public sealed record ReferralCreated(Guid Id, string LaChildId, DateTimeOffset ReceivedAt, DateOnly DecisionDueBy, string Status,
    bool? IsReReferral, Guid? PreviousReferralId, Guid? HouseholdId)
{
    public static ReferralCreated From(Referral r) =>
        new(r.Id, r.LaChildId, r.ReceivedAt, r.DecisionDueBy, ReferralStatus.Of(r), r.IsReReferral, r.PreviousReferralId, r.HouseholdId);

    /// <summary>The answer for whoever sent it: trimmed for a partner agency.</summary>
    public static ReferralCreated For(Referral r, Submitter by) =>
        by.IsPartner ? From(r) with { IsReReferral = null, PreviousReferralId = null } : From(r);
}

/// <summary>A household's referrals: only the children in this submission, each answered as <see cref="ReferralCreated.For"/>.</summary>
public sealed record HouseholdReferralsCreated(Guid? HouseholdId, IReadOnlyList<ReferralCreated> Referrals)
{
    public static HouseholdReferralsCreated For(IReadOnlyList<Referral> referrals, Submitter by) =>
        new(referrals[0].HouseholdId, referrals.Select(r => ReferralCreated.For(r, by)).ToList());
}

public sealed record ReferralDetails(
    Guid Id,
    string LaChildId,
    ChildView Child,
    string ReferralSource,
    string Concerns,
    DateTimeOffset ReceivedAt,
    DateOnly DecisionDueBy,
    string Status,
    DecisionView? Decision,
    Referrer? Referrer,
    string HarmContext,
    IReadOnlyList<string> SuspectedCategories,
    bool IsReReferral,
    Guid? PreviousReferralId,
    Guid? HouseholdId,
    IReadOnlyList<Guid> SiblingReferralIds)
{
    /// <summary>Who sent it, from their token: id, agency and the client it came through.</summary>
    public SubmitterView? SubmittedBy { get; init; }
    /// <summary>Where the referral led, from other services' events: discussion, enquiry, conference, plan.</summary>
    public IReadOnlyList<OnwardStepView> OnwardPath { get; init; } = [];
    public Guid? ConsultationId { get; init; }

    public static ReferralDetails From(Referral r, IReadOnlyList<Guid> siblings) => new(
        r.Id, r.LaChildId, ChildView.From(r.Child),
        r.ReferralSource, r.Concerns, r.ReceivedAt, r.DecisionDueBy, ReferralStatus.Of(r),
        r.Decision is { } d ? DecisionView.From(d) : null,
        r.Referrer, r.HarmContext, r.SuspectedCategories, r.IsReReferral, r.PreviousReferralId, r.HouseholdId, siblings)
    { SubmittedBy = r.SubmittedBy is { } by ? new SubmitterView(by.Id, by.Agency, by.ClientId) : null };
}

/// <summary>Who sent a referral: the actor's id, its agency and the client it came through.</summary>
public sealed record SubmitterView(string Id, string Agency, string ClientId);

public sealed record ChildView(string? FirstName, string? LastName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth, string Sex,
    string Ethnicity, string? NhsNumber, string? Upn, Address? Address, string? Language, bool InterpreterNeeded)
{
    public static ChildView From(Child c) => new(c.FirstName, c.LastName, c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex,
        c.Ethnicity, c.NhsNumber, c.Upn, c.Address, c.Language, c.InterpreterNeeded);
}

public sealed record DecisionView(string Decision, string Reason, string DecidedBy, DateTimeOffset DecidedAt, string? FamilyHelpLeadId, DateOnly? HandoverDate)
{
    public static DecisionView From(ReferralDecision d) => new(d.Type, d.Reason, d.DecidedBy, d.DecidedAt, d.FamilyHelpLeadId, d.HandoverDate);
}

public static class ReferralStatus
{
    public const string AwaitingDecision = "awaiting-decision";
    public const string Decided = "decided";

    public static string Of(Referral r) => r.IsDecided ? Decided : AwaitingDecision;
}

public sealed record OnwardStepView(string Stage, DateOnly OccurredOn, string? Outcome, DateOnly? DueBy, Guid SourceId);
