namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A broken rule and the request field it concerns (answered 422). Messages never quote the caller's data.</summary>
public sealed record RuleBreach(string Field, string Message);
