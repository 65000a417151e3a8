using Macpt.Referrals.Apis;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Tests;

/// <summary>
/// Valid requests to vary one field at a time, checked at one fixed moment: Wednesday
/// 25 November 2026, noon in London (GMT).
/// </summary>
internal static class Referrals
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = LondonClock.ToLondonDate(Now);

    public static ChildDetails BornChild { get; } = new(
        LaChildId: "RB123456",
        FirstName: "Alex",
        LastName: "Smith",
        DateOfBirth: new DateOnly(2019, 3, 14),
        ExpectedDateOfBirth: null,
        Gender: "1");

    /// <summary>A pre-birth referral: no names yet, gender not known.</summary>
    public static ChildDetails UnbornChild { get; } = new(
        LaChildId: "RB123457",
        FirstName: null,
        LastName: null,
        DateOfBirth: null,
        ExpectedDateOfBirth: new DateOnly(2027, 3, 1),
        Gender: "0");

    public static CreateReferralRequest Valid { get; } = new(
        Child: BornChild,
        ReferralSource: "2A",
        Concerns: "Bruising seen at school; the child said a parent caused it.",
        ReceivedAt: Now.AddHours(-2));

    public static CreateReferralRequest WithChild(Func<ChildDetails, ChildDetails> change) =>
        Valid with { Child = change(BornChild) };
}
