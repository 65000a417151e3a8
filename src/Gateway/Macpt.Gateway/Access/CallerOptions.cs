using System.ComponentModel.DataAnnotations;

namespace Macpt.Gateway.Access;

/// <summary>
/// The systems allowed to call the gateway (the MASH front door, each partner agency's portal): an id,
/// the agency it speaks for and the SHA-256 of its API key. Keys themselves are never configured here.
/// </summary>
public sealed class CallerOptions
{
    public const string Section = "Gateway";

    [Required, MinLength(1)]
    public List<CallerEntry> Callers { get; set; } = [];
}

public sealed class CallerEntry
{
    [Required, RegularExpression("^[a-z0-9-]{1,64}$")]
    public string Id { get; set; } = "";

    [Required]
    public string Agency { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    [Required, RegularExpression("^[0-9a-f]{64}$")]
    public string KeySha256 { get; set; } = "";
}
