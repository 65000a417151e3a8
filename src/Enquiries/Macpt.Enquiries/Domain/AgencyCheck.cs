using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Domain;

/// <summary>
/// A Section 47 enquiry's request to an agency (police, a health service, education, probation, youth justice, housing) for what it knows about
/// the child, and that agency's own answer: who gave it and when. The question and answer are free text about
/// a family and never leave this service.
/// </summary>
public sealed class AgencyCheck
{
    private AgencyCheck() { }

    public Guid Id { get; private init; }
    public Guid EnquiryId { get; private init; }
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Agency { get; private init; } = "";
    /// <summary>The service within the agency a health check goes to (one of <see cref="Contracts.Agencies.HealthServices"/>); null for other agencies.</summary>
    public string? Service { get; private init; }
    public string Question { get; private init; } = "";
    public string RequestedBy { get; private init; } = "";
    public DateTimeOffset RequestedAt { get; private init; }
    public DateOnly DueOn { get; private init; }
    public string? Answer { get; private set; }
    /// <summary>The practitioner in the agency who answered.</summary>
    public string? AnsweredBy { get; private set; }
    /// <summary>The calling system the gateway authenticated (the agency's portal).</summary>
    public string? AnsweredThrough { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public uint Version { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public void RecordAnswer(string answer, string answeredBy, string? answeredThrough, DateTimeOffset at, DateOnly on)
    {
        Rule.Check(new AgencyCheckIsAnsweredOnce(this));
        Answer = answer;
        AnsweredBy = answeredBy;
        AnsweredThrough = answeredThrough;
        AnsweredAt = at;
        AnsweredOn = on;
    }

    internal static AgencyCheck Request(Guid id, Section47Enquiry enquiry, string agency, string? service, string question, string requestedBy, DateTimeOffset now,
        DateOnly dueOn) => new()
        {
            Service = service,
            Id = id,
            EnquiryId = enquiry.Id,
            ReferralId = enquiry.ReferralId,
            LaChildId = enquiry.LaChildId,
            Agency = agency,
            Question = question,
            RequestedBy = requestedBy,
            RequestedAt = now,
            DueOn = dueOn,
        };
}
