namespace Macpt.Advocacy.Domain;

/// <summary>
/// One child protection episode of a child, as the advocacy service hears of it from events: opened by a
/// Section 47 enquiry, a conference or a plan, ended at whichever exit ends the process (<see cref="EpisodeExit"/>). Every parent gets one offer per episode.
/// </summary>
public sealed class Episode
{
    private Episode() { }

    public Guid Id { get; private init; }
    /// <summary>The natural key (<see cref="EpisodeKey"/>): unique, so redelivered events find the same episode.</summary>
    public string Key { get; private init; } = "";
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public Guid? EnquiryId { get; private set; }
    /// <summary>The furthest stage reached (<see cref="Contracts.Advocacy.AdvocacyStages"/>).</summary>
    public string Stage { get; private set; } = "";
    public Guid? ConferenceId { get; private set; }
    /// <summary>The date the initial conference is scheduled for, for "parents without an advocate before the conference".</summary>
    public DateOnly? ConferenceDate { get; private set; }
    public Guid? PlanId { get; private set; }
    public DateTimeOffset OpenedAt { get; private init; }
    public DateOnly? EndedOn { get; private set; }
    /// <summary>Why it ended (<see cref="EpisodeEndReasons"/>): the exit from the child protection process.</summary>
    public string? EndReason { get; private set; }
    public uint Version { get; private set; }

    public bool IsOpen => EndedOn is null;

    public static Episode Open(Guid id, string key, Guid? referralId, string laChildId, string stage, DateTimeOffset now) => new()
    {
        Id = id,
        Key = key,
        ReferralId = referralId,
        LaChildId = laChildId,
        Stage = stage,
        OpenedAt = now,
    };

    /// <summary>Moves to a later stage; an event for an earlier stage arriving late does not move it back.</summary>
    public void Reached(string stage) => Stage = EpisodeStages.Furthest(Stage, stage);

    public void EnquiryStarted(Guid enquiryId) => EnquiryId ??= enquiryId;

    public void ConferenceScheduled(Guid conferenceId, DateOnly scheduledFor)
    {
        ConferenceId = conferenceId;
        ConferenceDate = scheduledFor;
        Reached(Contracts.Advocacy.AdvocacyStages.Conference);
    }

    public void PlanStarted(Guid planId)
    {
        PlanId = planId;
        Reached(Contracts.Advocacy.AdvocacyStages.Plan);
    }

    /// <summary>Whether the exit ends this episode (<see cref="Rules.ExitEndsTheEpisodeAtItsStage"/>).</summary>
    public bool EndsAt(EpisodeExit exit) => !new Rules.ExitEndsTheEpisodeAtItsStage(this, exit).IsBroken();

    /// <summary>Ends the episode at an exit that ends it, once: no further offers or allocations are made for it.</summary>
    public void End(EpisodeExit exit)
    {
        Macpt.Rules.Rule.Check(new Rules.ExitEndsTheEpisodeAtItsStage(this, exit));
        EndedOn = exit.EndedOn;
        EndReason = exit.Reason;
    }
}
