namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// How long a child protection plan lasted, in the bands the DfE publishes for plans ending in the year (Children in
/// need statistics, table D7 "CPPs ending by duration": under 3 months, 3 to under 6 months, 6 months to under 1 year,
/// 1 to under 2 years, 2 years or more; shared/domain/figures.md §1). Months are calendar months from the start date.
/// </summary>
public static class PlanLengthBand
{
    public const string UnderThreeMonths = "<3m";
    public const string ThreeToSixMonths = "3-6m";
    public const string SixToTwelveMonths = "6-12m";
    public const string OneToTwoYears = "1-2y";
    public const string TwoYearsOrMore = "2y+";
    public static IReadOnlyList<string> All { get; } = [UnderThreeMonths, ThreeToSixMonths, SixToTwelveMonths, OneToTwoYears, TwoYearsOrMore];

    public static string Of(DateOnly start, DateOnly end) =>
        end < start.AddMonths(3) ? UnderThreeMonths
        : end < start.AddMonths(6) ? ThreeToSixMonths
        : end < start.AddYears(1) ? SixToTwelveMonths
        : end < start.AddYears(2) ? OneToTwoYears
        : TwoYearsOrMore;
}
