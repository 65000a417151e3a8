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
        Sex: "M");

    /// <summary>A pre-birth referral: no names yet, sex not known.</summary>
    public static ChildDetails UnbornChild { get; } = new(
        LaChildId: "RB123457",
        FirstName: null,
        LastName: null,
        DateOfBirth: null,
        ExpectedDateOfBirth: new DateOnly(2027, 3, 1),
        Sex: "U");

    public static CreateReferralRequest Valid { get; } = new(
        Child: BornChild,
        ReferralSource: "2A",
        Concerns: "Bruising seen at school; the child said a parent caused it.",
        ReceivedAt: Now.AddHours(-2));

    public static CreateReferralRequest WithChild(Func<ChildDetails, ChildDetails> change) =>
        Valid with { Child = change(BornChild) };

    /// <summary>An older sibling of <see cref="BornChild"/>.</summary>
    public static ChildDetails OlderSibling { get; } = new(
        LaChildId: "RB123458",
        FirstName: "Sam",
        LastName: "Smith",
        DateOfBirth: new DateOnly(2015, 6, 2),
        ExpectedDateOfBirth: null,
        Sex: "F");

    /// <summary>Three children of one household: two born, one unborn (no names yet).</summary>
    public static CreateHouseholdReferralRequest ValidHousehold { get; } = new(
        Children: [BornChild, OlderSibling, UnbornChild],
        ReferralSource: Valid.ReferralSource,
        Concerns: Valid.Concerns,
        ReceivedAt: Valid.ReceivedAt);

    /// <summary><see cref="ValidHousehold"/> with the child at <paramref name="index"/> replaced.</summary>
    public static CreateHouseholdReferralRequest WithSibling(int index, ChildDetails? child) =>
        ValidHousehold with { Children = ValidHousehold.Children!.Select((c, i) => i == index ? child : c).ToList() };
}
