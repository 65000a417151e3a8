namespace Macpt.Referrals.Domain.Escalations;

/// <summary>
/// One stage a disagreement reached: when it started, by whom and why (the first stage starts when it is raised),
/// when its response is due (working days from its start) and the response, once given.
/// </summary>
public sealed class EscalationStep
{
    private EscalationStep() { }

    public EscalationStep(int number, string stage, DateOnly startedOn, DateOnly dueOn, string startedBy, string startedByAgency, string? reason)
    {
        Number = number;
        Stage = stage;
        StartedOn = startedOn;
        DueOn = dueOn;
        StartedBy = startedBy;
        StartedByAgency = startedByAgency;
        Reason = reason;
    }

    public int Number { get; private init; }
    public string Stage { get; private init; } = "";
    public DateOnly StartedOn { get; private init; }
    public DateOnly DueOn { get; private init; }
    public string StartedBy { get; private init; } = "";
    public string StartedByAgency { get; private init; } = "";
    /// <summary>Why it went to this stage (free text, kept here only); none for the first.</summary>
    public string? Reason { get; private init; }
    public string? Response { get; private set; }
    public string? RespondedBy { get; private set; }
    public string? RespondedByAgency { get; private set; }
    public DateOnly? RespondedOn { get; private set; }

    internal void Answer(string response, string by, string agency, DateOnly on)
    {
        Response = response;
        RespondedBy = by;
        RespondedByAgency = agency;
        RespondedOn = on;
    }
}
