using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Domain.Escalations;

/// <summary>
/// A practitioner's disagreement with another agency's decision about a child, and its escalation through the
/// partnership's stages (<see cref="EscalationPolicy"/>) until it is resolved. Who raised it, responded and escalated
/// is the token's actor each time. The concern, reasons and responses are free text about a family: kept here only.
/// </summary>
public sealed class ProfessionalDisagreement
{
    private readonly List<EscalationStep> _steps = [];

    private ProfessionalDisagreement() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Subject { get; private init; } = "";
    public Guid? SubjectId { get; private init; }
    /// <summary>The agency whose decision is disputed.</summary>
    public string AboutAgency { get; private init; } = "";
    public string Concern { get; private init; } = "";
    public string RaisedBy { get; private init; } = "";
    public string RaisedByAgency { get; private init; } = "";
    public DateTimeOffset RaisedAt { get; private init; }
    public IReadOnlyList<EscalationStep> Steps => _steps;
    /// <summary>The stage it is at and when its response is due: kept on the row so that overdue ones are listed by a query.</summary>
    public string CurrentStage { get; private set; } = "";
    public DateOnly CurrentDueOn { get; private set; }
    public string? Outcome { get; private set; }
    public string? OutcomeSummary { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    /// <summary>Set by every change, so a racing change to the same disagreement fails on the row version.</summary>
    public DateTimeOffset LastChangedAt { get; private set; }
    public uint Version { get; private set; }

    public string Status => Outcome is null ? DisagreementStatus.Open : DisagreementStatus.Resolved;
    public EscalationStep Current => _steps[^1];
    public bool IsOverdue(DateOnly today) => Outcome is null && CurrentDueOn < today;

    public static ProfessionalDisagreement Raise(Guid id, string laChildId, string subject, Guid? subjectId, string aboutAgency, string concern,
        string raisedBy, string raisedByAgency, DateTimeOffset raisedAt, EscalationPolicy policy, WorkingDayCalendar calendar)
    {
        var disagreement = new ProfessionalDisagreement
        {
            Id = id,
            LaChildId = laChildId,
            Subject = subject,
            SubjectId = subjectId,
            AboutAgency = aboutAgency,
            Concern = concern,
            RaisedBy = raisedBy,
            RaisedByAgency = raisedByAgency,
            RaisedAt = raisedAt,
        };
        disagreement.Start(policy.First, LondonClock.ToLondonDate(raisedAt), raisedBy, raisedByAgency, null, calendar, raisedAt);
        return disagreement;
    }

    /// <summary>The current stage's responder answers, once (<see cref="EscalationStageIsAnsweredOnce"/>).</summary>
    public void Respond(string response, string by, string agency, DateTimeOffset at)
    {
        Rule.Check(new DisagreementIsOpen(this), new EscalationStageIsAnsweredOnce(Current));
        Current.Answer(response, by, agency, LondonClock.ToLondonDate(at));
        LastChangedAt = at;
    }

    /// <summary>Not resolved at its stage: it goes to the next (<see cref="EscalationHasANextStage"/>), due in that stage's working days.</summary>
    public void Escalate(string reason, string by, string agency, DateTimeOffset at, EscalationPolicy policy, WorkingDayCalendar calendar)
    {
        var next = policy.After(CurrentStage);
        Rule.Check(new DisagreementIsOpen(this), new EscalationHasANextStage(CurrentStage, next));
        Start(next!, LondonClock.ToLondonDate(at), by, agency, reason, calendar, at);
    }

    /// <summary>Ends it at the stage reached, with one of <c>DisagreementOutcomes</c>.</summary>
    public void Resolve(string outcome, string summary, string by, DateTimeOffset at)
    {
        Rule.Check(new DisagreementIsOpen(this));
        Outcome = outcome;
        OutcomeSummary = summary;
        ResolvedBy = by;
        ResolvedOn = LondonClock.ToLondonDate(at);
        LastChangedAt = at;
    }

    private void Start(EscalationStageRule stage, DateOnly on, string by, string agency, string? reason, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var step = new EscalationStep(_steps.Count + 1, stage.Code, on, calendar.AddWorkingDays(on, stage.WorkingDays), by, agency, reason);
        _steps.Add(step);
        CurrentStage = step.Stage;
        CurrentDueOn = step.DueOn;
        LastChangedAt = at;
    }
}

public static class DisagreementStatus
{
    public const string Open = "open";
    public const string Resolved = "resolved";
}
