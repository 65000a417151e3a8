namespace Macpt.Referrals.Domain;

/// <summary>
/// Where the harm is thought to arise. Extra-familial harm (exploitation, peer abuse) and online
/// harm are in scope for a MACPT as much as harm inside the family (Working Together 2023, ch. 4).
/// </summary>
public static class HarmContexts
{
    public const string IntraFamilial = "intra-familial";
    public const string ExtraFamilial = "extra-familial";
    public const string Online = "online";
    public const string NotYetKnown = "not-yet-known";

    public static IReadOnlyList<string> All { get; } = [IntraFamilial, ExtraFamilial, Online, NotYetKnown];
}
