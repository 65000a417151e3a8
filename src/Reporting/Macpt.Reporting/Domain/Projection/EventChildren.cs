using Macpt.Contracts.Conferences;
using Macpt.Contracts.Referrals;

namespace Macpt.Reporting.Domain.Projection;

/// <summary>The children an event feeds: its child, none for an anonymous consultation, both records for a birth.</summary>
public static class EventChildren
{
    public static IReadOnlyList<string> Of(object message) => message switch
    {
        ConsultationRequested c => c.LaChildId is { Length: > 0 } id ? [id] : [],
        ConsultationAnswered c => c.LaChildId is { Length: > 0 } id ? [id] : [],
        UnbornChildBorn b => b.UnbornLaChildId == b.LaChildId ? [b.LaChildId] : [b.LaChildId, b.UnbornLaChildId],
        _ => message.GetType().GetProperty("LaChildId")?.GetValue(message) is string { Length: > 0 } child ? [child] : [],
    };
}
