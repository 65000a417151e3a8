namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// Someone in the child's family network: relatives and connected people (friends, godparents,
/// community members). A person with personal data: held here only, never in events or logs.
/// </summary>
public sealed record NetworkMember(string Name, string Relationship, List<string> Offers, bool Present)
{
    private NetworkMember() : this("", "", [], false) { }
}

/// <summary>What a network member offers to keep the child safe.</summary>
public static class NetworkOffers
{
    public const string Care = "care";
    public const string Supervision = "supervision";
    public const string Respite = "respite";
    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Care, Supervision, Respite, Support];
}

/// <summary>How a network member is related to the child.</summary>
public static class NetworkRelationships
{
    public const string Parent = "parent";
    public const string StepParent = "step-parent";
    public const string Grandparent = "grandparent";
    public const string Sibling = "sibling";
    public const string AuntOrUncle = "aunt-or-uncle";
    public const string Cousin = "cousin";
    public const string OtherRelative = "other-relative";
    public const string FamilyFriend = "family-friend";
    public const string Godparent = "godparent";
    public const string Neighbour = "neighbour";
    public const string CommunityMember = "community-member";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Parent, StepParent, Grandparent, Sibling, AuntOrUncle, Cousin, OtherRelative, FamilyFriend, Godparent, Neighbour, CommunityMember, Other];
}
