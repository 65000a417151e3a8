namespace Macpt.Conferences.Domain;

/// <summary>
/// The conference's written record: finalised by the chair, then distributed to participants (ids)
/// on a date that is kept.
/// </summary>
public sealed record ConferenceRecord(string FinalisedBy, DateOnly FinalisedOn, List<Recipient> DistributedTo, DateOnly? DistributedOn)
{
    private ConferenceRecord() : this("", default, [], null) { }
}

public sealed record Recipient(string PersonId);
