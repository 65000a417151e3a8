namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// The coordinator who prepares the family and the network for the meeting. Before proceedings the
/// coordinator must be independent of the case (Families First: family group decision-making).
/// </summary>
public sealed record Coordinator(string CoordinatorId, bool Independent, DateOnly AllocatedOn, string AllocatedBy);
