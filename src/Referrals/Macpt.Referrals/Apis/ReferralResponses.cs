using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Apis;

public sealed record ReferralCreated(Guid Id, string LaChildId, DateTimeOffset ReceivedAt, DateOnly DecisionDueBy, string Status);

public sealed record ReferralDetails(
    Guid Id,
    string LaChildId,
    ChildView Child,
    string ReferralSource,
    string Concerns,
    DateTimeOffset ReceivedAt,
    DateOnly DecisionDueBy,
    string Status,
    DecisionView? Decision)
{
    public static ReferralDetails From(Referral r) => new(
        r.Id, r.LaChildId,
        new ChildView(r.Child.FirstName, r.Child.LastName, r.Child.DateOfBirth, r.Child.ExpectedDateOfBirth, r.Child.Gender),
        r.ReferralSource, r.Concerns, r.ReceivedAt, r.DecisionDueBy, ReferralStatus.Of(r),
        r.Decision is { } d ? DecisionView.From(d) : null);
}

public sealed record ChildView(string? FirstName, string? LastName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth, string Gender);

public sealed record DecisionView(string Decision, string Reason, string DecidedBy, DateTimeOffset DecidedAt)
{
    public static DecisionView From(ReferralDecision d) => new(d.Type, d.Reason, d.DecidedBy, d.DecidedAt);
}

public static class ReferralStatus
{
    public const string AwaitingDecision = "awaiting-decision";
    public const string Decided = "decided";

    public static string Of(Referral r) => r.IsDecided ? Decided : AwaitingDecision;
}
