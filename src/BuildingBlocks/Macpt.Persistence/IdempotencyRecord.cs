namespace Macpt.Persistence;

/// <summary>
/// A client's idempotency key and what it produced, stored in the same transaction as the change,
/// so a resubmission answers the first result and a reused key with another body is refused.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string Table = "idempotency_records";
    public const int MaxScopeLength = 64;

    /// <summary>The operation and the caller (<c>referrals.create|mash-front-door</c>): keys are the caller's own.</summary>
    public required string Scope { get; init; }
    public required string Key { get; init; }
    /// <summary>SHA-256 of the normalised request, hex: the body itself is personal data.</summary>
    public required string RequestHash { get; init; }
    public required string ResourceId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
