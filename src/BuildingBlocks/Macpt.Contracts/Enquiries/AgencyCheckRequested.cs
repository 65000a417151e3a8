namespace Macpt.Contracts.Enquiries;

/// <summary>
/// A Section 47 enquiry asked a partner agency (<see cref="AgencyCheckAgencies"/>) for what it knows
/// about the child, to be answered by <see cref="DueOn"/>. The question itself stays in enquiries.
/// </summary>
public sealed record AgencyCheckRequested(
    Guid CheckId,
    Guid EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    string Agency,
    DateOnly RequestedOn,
    DateOnly DueOn);

/// <summary>The partner agencies a Section 47 enquiry asks for checks.</summary>
public static class AgencyCheckAgencies
{
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";

    public static readonly IReadOnlyList<string> All = [Police, Health, Education];
}
