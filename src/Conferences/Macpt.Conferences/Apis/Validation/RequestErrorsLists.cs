using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>Lists of nested items, checked with the one request validation: the list first, then each item under <c>field[i]</c>.</summary>
internal static class RequestErrorsLists
{
    /// <summary>A conference's lists of people hold at most this many.</summary>
    public const int MaxPeople = 60;
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// The list is present (unless optional), not empty when required, at most <paramref name="maxCount"/> items and
    /// none null; then <paramref name="item"/> checks each one with its field prefix (<c>field[i]</c>).
    /// </summary>
    public static void Each<T>(this RequestErrors errors, string field, IReadOnlyList<T?>? items, int maxCount, Action<string, T> item,
        bool required = true) where T : class
    {
        if (required && items is { Count: 0 }) errors.Add(field, RequestErrors.Messages.Required);
        else if (!errors.List(field, items, maxCount, required) || items is null) return;
        else
            for (var i = 0; i < items.Count; i++) item($"{field}[{i}]", items[i]!);
    }
}
