namespace Macpt.Messaging.Measures;

/// <summary>
/// The one tag every statutory measure uses for "was it done in time": <c>on-time</c> (on or before the day it was
/// due), <c>late</c>, or <c>unknown</c> when the event did not say when it was due.
/// </summary>
public static class Timeliness
{
    public const string Tag = "timeliness";
    public const string OnTime = "on-time";
    public const string Late = "late";
    public const string Unknown = "unknown";

    public static string Of(DateOnly done, DateOnly? due) => due is not { } d ? Unknown : done <= d ? OnTime : Late;

    public static string Of(bool late) => late ? Late : OnTime;

    public static KeyValuePair<string, object?> TagOf(DateOnly done, DateOnly? due) => new(Tag, Of(done, due));
}
