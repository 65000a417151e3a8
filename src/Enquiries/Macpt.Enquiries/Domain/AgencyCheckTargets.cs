using System.ComponentModel.DataAnnotations;

namespace Macpt.Enquiries.Domain;

/// <summary>The local default for answering an agency check (configuration section <c>AgencyChecks</c>).</summary>
public sealed class AgencyCheckTargets
{
    public const string Section = "AgencyChecks";

    [Range(1, 15)]
    public int DefaultWorkingDays { get; set; } = 3;
}
