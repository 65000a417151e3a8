namespace Macpt.Enquiries.Domain;

/// <summary>
/// The child seen during the enquiry: when, whether alone, their own words and wishes, and who else
/// was seen (roles, not names). Free text about a child: kept in the enquiries service only.
/// </summary>
public sealed record ChildSeen(DateOnly SeenOn, bool SeenAlone, string ChildsWords, string? OthersSeen, string RecordedBy);
