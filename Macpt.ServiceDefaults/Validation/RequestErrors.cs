using Macpt.Contracts;
using Macpt.Contracts.Cin;

namespace Macpt.ServiceDefaults.Validation;

/// <summary>
/// The one request validation: each method checks one kind of fault and, when it is there, records the
/// one message for that kind under the field's JSON name. Messages state the rule, never the value sent.
/// The first fault found for a field is the one reported. A request with any error answers 400.
/// </summary>
public sealed class RequestErrors : Dictionary<string, string[]>
{
    public RequestErrors() : base(StringComparer.Ordinal) { }

    public bool IsValid => Count == 0;

    /// <summary>Records a fault of a kind this class has no method for (an NHS number's check digit, say).</summary>
    public RequestErrors Add(string field, string message)
    {
        TryAdd(field, [message]);
        return this;
    }

    public bool Required<T>(string field, T? value) where T : struct => value is not null || Fail(field, Messages.Required);

    public bool Required(string field, object? value) => value is not null || Fail(field, Messages.Required);

    /// <summary>Required, not blank, and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public bool Text(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Fail(field, Messages.Required) : MaxLength(field, value, maxLength);

    /// <summary>
    /// Optional, and at most <paramref name="maxLength"/> characters once trimmed. Blank is the same as absent
    /// (a form's empty box), as the services store it.
    /// </summary>
    public bool OptionalText(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || MaxLength(field, value, maxLength);

    public bool OneOf(string field, string? code, IReadOnlyCollection<string> codes) =>
        code is null ? Fail(field, Messages.Required) : codes.Contains(code) || Fail(field, Messages.OneOf(codes));

    public bool OptionalOneOf(string field, string? code, IReadOnlyCollection<string> codes) =>
        code is null || OneOf(field, code, codes);

    /// <summary>Every code in the list is known and appears once.</summary>
    public bool AllOneOf(string field, IReadOnlyCollection<string?>? values, IReadOnlyCollection<string> codes, bool required = true)
    {
        if (values is null || values.Count == 0) return !required || Fail(field, Messages.Required);
        if (values.Any(v => v is null || !codes.Contains(v))) return Fail(field, Messages.OneOf(codes));
        return values.Distinct().Count() == values.Count || Fail(field, Messages.Distinct);
    }

    public bool Practitioner(string field, string? id) =>
        id is null ? Fail(field, Messages.Required) : PractitionerId.IsValid(id) || Fail(field, Messages.PractitionerId);

    public bool OptionalPractitioner(string field, string? id) => id is null || Practitioner(field, id);

    /// <summary>A list of practitioner ids: each valid, none repeated.</summary>
    public bool Practitioners(string field, IReadOnlyCollection<string?>? ids, int maxCount, bool required = true)
    {
        if (ids is null || ids.Count == 0) return !required || Fail(field, Messages.Required);
        if (ids.Count > maxCount) return Fail(field, Messages.TooMany(maxCount));
        if (ids.Any(id => !PractitionerId.IsValid(id))) return Fail(field, Messages.PractitionerId);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() == ids.Count || Fail(field, Messages.Distinct);
    }

    public bool LaChild(string field, string? id) =>
        id is null ? Fail(field, Messages.Required) : LaChildId.IsValid(id) || Fail(field, Messages.LaChildId);

    public bool Id(string field, Guid? id) =>
        id is null ? Fail(field, Messages.Required) : id != Guid.Empty || Fail(field, Messages.EmptyId);

    public bool OptionalId(string field, Guid? id) => id is null || Id(field, id);

    /// <summary>Ids that each name something and appear once.</summary>
    public bool Ids(string field, IReadOnlyCollection<Guid>? ids, int maxCount, bool required = true)
    {
        if (ids is null || ids.Count == 0) return !required || Fail(field, Messages.Required);
        if (ids.Count > maxCount) return Fail(field, Messages.TooMany(maxCount));
        if (ids.Contains(Guid.Empty)) return Fail(field, Messages.EmptyId);
        return ids.Distinct().Count() == ids.Count || Fail(field, Messages.Distinct);
    }

    public bool Range(string field, int? value, int min, int max) =>
        value is null ? Fail(field, Messages.Required) : (value >= min && value <= max) || Fail(field, Messages.Range(min, max));

    public bool OptionalRange(string field, int? value, int min, int max) => value is null || Range(field, value, min, max);

    /// <summary>A list (empty is a real answer) of at most <paramref name="maxCount"/> items, none of them null.</summary>
    public bool List<T>(string field, IReadOnlyCollection<T?>? items, int maxCount, bool required = true)
    {
        if (items is null) return !required || Fail(field, Messages.Required);
        if (items.Count > maxCount) return Fail(field, Messages.TooMany(maxCount));
        return items.All(i => i is not null) || Fail(field, Messages.NullItem);
    }

    /// <summary>A date something happened: required, and not after today (London).</summary>
    public bool PastDate(string field, DateOnly? date, DateOnly today) =>
        date is null ? Fail(field, Messages.Required) : date <= today || Fail(field, Messages.InFuture);

    public bool OptionalPastDate(string field, DateOnly? date, DateOnly today) => date is null || PastDate(field, date, today);

    /// <summary>An instant something happened: required, and not after now.</summary>
    public bool PastInstant(string field, DateTimeOffset? instant, DateTimeOffset now) =>
        instant is null ? Fail(field, Messages.Required) : instant <= now || Fail(field, Messages.InFuture);

    /// <summary>A date something is to happen: required, and not before today (London).</summary>
    public bool FutureDate(string field, DateOnly? date, DateOnly today) =>
        date is null ? Fail(field, Messages.Required) : date >= today || Fail(field, Messages.InPast);

    /// <summary><paramref name="date"/> is not before <paramref name="earlier"/> (a field named <paramref name="earlierField"/>).</summary>
    public bool NotBefore(string field, DateOnly? date, string earlierField, DateOnly? earlier) =>
        date is null || earlier is null || date >= earlier || Fail(field, Messages.Before(earlierField));

    private bool MaxLength(string field, string value, int maxLength) =>
        value.Trim().Length <= maxLength || Fail(field, Messages.TooLong(maxLength));

    private bool Fail(string field, string message)
    {
        TryAdd(field, [message]);
        return false;
    }

    /// <summary>One message per kind of fault.</summary>
    public static class Messages
    {
        public const string Required = "This is required.";
        public const string Distinct = "Each entry must appear once.";
        public const string NullItem = "The list must not hold empty entries.";
        public const string EmptyId = "This must be an id, not the empty id.";
        public const string InFuture = "This date is in the future.";
        public const string InPast = "This date is in the past.";
        public static readonly string PractitionerId =
            $"This must be a practitioner's id: 1 to {Contracts.PractitionerId.MaxLength} letters, digits, '-', '_' or '.'.";
        public static readonly string LaChildId = $"This must be a local authority child id: 1 to {Contracts.Cin.LaChildId.MaxLength} letters or digits.";
        public static string TooLong(int max) => $"This is longer than {max} characters.";
        public static string TooMany(int max) => $"This holds more than {max} entries.";
        public static string OneOf(IEnumerable<string> codes) => $"This must be one of: {string.Join(", ", codes)}.";
        public static string Range(int min, int max) => $"This must be from {min} to {max}.";
        public static string Before(string earlierField) => $"This is before {earlierField}.";
    }
}
