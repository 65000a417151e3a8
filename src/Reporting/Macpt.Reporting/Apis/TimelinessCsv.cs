using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Macpt.Reporting.Apis;

/// <summary>The timeliness report as CSV (RFC 4180): a header, then one row per measure; numbers in invariant form.</summary>
public static class TimelinessCsv
{
    public const string ContentType = "text/csv";
    public const string Header = "code,title,numerator,denominator,percent,national,nationalPeriod";

    public static bool IsAskedFor(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    public static string Write(TimelinessView view)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var m in view.Measures)
        {
            csv.AppendJoin(',', Field(m.Code), Field(m.Title), Number(m.Numerator), Number(m.Denominator), Number(m.Percent), Number(m.National), Field(m.NationalPeriod))
                .Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>A field quoted when it holds a comma, a quote or a line break, its quotes doubled.</summary>
    public static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
