namespace Macpt.Reporting.Domain;

/// <summary>An initial child protection conference held, with the Section 47 enquiry it followed (when known).</summary>
public sealed class InitialConferenceFact
{
    public string LaChildId { get; set; } = "";
    public Guid ConferenceId { get; set; }
    public DateOnly HeldOn { get; set; }
    public Guid? EnquiryId { get; set; }
    public DateOnly? Section47StartedOn { get; set; }
    /// <summary>The Section 47's InitialConferenceTargetDate: 15 working days from the strategy discussion.</summary>
    public DateOnly? TargetDate { get; set; }
}
