namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion needs at least the local authority (children's social care), the police and
/// health (Working Together 2023, ch. 4); a threshold decision without one of them is not recorded.
/// </summary>
public static class RequiredAttendees
{
    public static IReadOnlyList<string> Agencies { get; } = [Domain.Agencies.LocalAuthority, Domain.Agencies.Police, Domain.Agencies.Health];

    public static IReadOnlyList<string> MissingFrom(IEnumerable<Attendee> attended)
    {
        var present = attended.Select(a => a.Agency).ToHashSet(StringComparer.Ordinal);
        return Agencies.Where(a => !present.Contains(a)).ToList();
    }
}
