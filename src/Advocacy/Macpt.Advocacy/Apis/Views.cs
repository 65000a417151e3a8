using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Apis;

/// <summary>A parent as practitioners see them here (the only place their name and contact details are held).</summary>
public sealed record ParentView(Guid Id, string LaChildId, string Name, string Relationship, string Language, bool InterpreterNeeded,
    IReadOnlyList<string> ContactPreferences, string? Phone, string? Email, string? Address, DateTimeOffset RegisteredAt,
    IReadOnlyList<Guid> InConflictWith, IReadOnlyList<OfferView> Offers)
{
    public static ParentView From(Parent p, IEnumerable<ParentConflict> conflicts, IEnumerable<OfferView> offers) =>
        new(p.Id, p.LaChildId, p.Name, p.Relationship, p.Language, p.InterpreterNeeded, p.ContactPreferences, p.Phone, p.Email, p.Address,
            p.RegisteredAt, conflicts.Where(c => c.Involves(p.Id)).Select(c => c.Other(p.Id)).ToList(), offers.ToList());
}

public sealed record ConflictView(Guid Id, string LaChildId, Guid FirstParentId, Guid SecondParentId, DateTimeOffset RecordedAt)
{
    public static ConflictView From(ParentConflict c) => new(c.Id, c.LaChildId, c.FirstParentId, c.SecondParentId, c.RecordedAt);
}

public sealed record OfferView(Guid Id, Guid ParentId, Guid EpisodeId, Guid? ReferralId, string LaChildId, string Stage, DateTimeOffset OfferedAt,
    string Status, DateOnly? AnsweredOn, DateTimeOffset? ConsentWithdrawnAt, AllocationView? Advocate, DateOnly? ConferenceDate,
    DateOnly? EpisodeEndedOn, string? EpisodeEndReason)
{
    public static OfferView From(AdvocacyOffer o, Allocation? active, Episode? episode) =>
        new(o.Id, o.ParentId, o.EpisodeId, o.ReferralId, o.LaChildId, o.Stage, o.OfferedAt, o.Status, o.AnsweredOn, o.ConsentWithdrawnAt,
            active is null ? null : AllocationView.From(active), episode?.ConferenceDate, episode?.EndedOn, episode?.EndReason);
}

public sealed record AllocationView(Guid Id, Guid OfferId, Guid ParentId, Guid AdvocateId, Guid ProviderId, Guid? ReferralId, string LaChildId,
    DateTimeOffset AllocatedAt, DateTimeOffset? EndedAt, string? EndReason)
{
    public static AllocationView From(Allocation a) =>
        new(a.Id, a.OfferId, a.ParentId, a.AdvocateId, a.ProviderId, a.ReferralId, a.LaChildId, a.AllocatedAt, a.EndedAt, a.EndReason);
}

public sealed record AllocationDetails(AllocationView Allocation, IReadOnlyList<AttendanceView> Attendance);

public sealed record AttendanceView(Guid Id, string Meeting, DateOnly MeetingOn, Guid? MeetingId, bool Attended, DateTimeOffset RecordedAt)
{
    public static AttendanceView From(Attendance a) => new(a.Id, a.Meeting, a.MeetingOn, a.MeetingId, a.Attended, a.RecordedAt);
}

public sealed record ProviderView(Guid Id, string Name, string Kind, DateTimeOffset RecordedAt)
{
    public static ProviderView From(AdvocacyProvider p) => new(p.Id, p.Name, p.Kind, p.RecordedAt);
}

public sealed record AdvocateView(Guid Id, Guid ProviderId, string Name, bool LivedExperience, IReadOnlyList<string> Languages, int Capacity,
    int OpenCases, string Status, DateOnly? LeftOn)
{
    public static AdvocateView From(Advocate a) => new(a.Id, a.ProviderId, a.Name, a.LivedExperience, a.Languages, a.Capacity, a.OpenCases, a.Status, a.LeftOn);
}

/// <summary>What an advocate's departure ended: the offers now waiting for another advocate.</summary>
public sealed record AdvocateLeftView(AdvocateView Advocate, IReadOnlyList<Guid> EndedAllocationIds, IReadOnlyList<Guid> OffersToReallocate);

public sealed record GuideView(Guid Id, string Stage, string Language, string Title, string Summary, string Url)
{
    public static GuideView From(Guide g) => new(g.Id, g.Stage, g.Language, g.Title, g.Summary, g.Url);
}

public sealed record GuideSentView(Guid Id, Guid ParentId, GuideView Guide, string Channel, DateOnly SentOn, DateTimeOffset RecordedAt)
{
    public static GuideSentView From(GuideSent s, Guide g) => new(s.Id, s.ParentId, GuideView.From(g), s.Channel, s.SentOn, s.RecordedAt);
}

public sealed record FeedbackView(Guid Id, Guid OfferId, string Stage, int Score, DateOnly GivenOn)
{
    public static FeedbackView From(StageFeedback f) => new(f.Id, f.OfferId, f.Stage, f.Score, f.GivenOn);
}

/// <summary>The service figure: how many parents gave feedback on each stage, and their average score.</summary>
public sealed record FeedbackReport(DateOnly? From, DateOnly? To, IReadOnlyList<StageScore> Stages);

public sealed record StageScore(string Stage, int Responses, double? AverageScore);
