using System.Globalization;
using Macpt.Reporting.Domain.Measures;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Reporting.Apis.Validation;

/// <summary>A timeliness period: <c>from</c> and <c>to</c> both given as yyyy-MM-dd, in order, at most five years apart.</summary>
public static class TimelinessQueryValidation
{
    public const string DateMessage = "This must be a date as yyyy-MM-dd.";

    public static RequestErrors Check(TimelinessQuery query, out ReportingPeriod? period)
    {
        var errors = new RequestErrors();
        var from = Date(errors, "from", query.From);
        var to = Date(errors, "to", query.To);
        period = null;
        if (from is null || to is null) return errors;
        if (to < from) errors.Add("to", RequestErrors.Messages.Before("from"));
        else if (to > from.Value.AddYears(ReportingPeriod.MaxYears)) errors.Add("to", $"The period must not be longer than {ReportingPeriod.MaxYears} years.");
        else period = new ReportingPeriod(from.Value, to.Value);
        return errors;
    }

    private static DateOnly? Date(RequestErrors errors, string field, string? value)
    {
        if (value is null) { errors.Required(field, (object?)null); return null; }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(field, DateMessage);
        return null;
    }
}
