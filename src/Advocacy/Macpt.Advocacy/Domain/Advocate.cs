using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Domain;

/// <summary>
/// An independent parental advocate of a provider: their lived experience of the child protection system,
/// languages, and how many parents they can support at once. <see cref="OpenCases"/> is kept on the row so
/// that two allocations racing for the last place collide on the row version rather than both succeed.
/// </summary>
public sealed class Advocate
{
    private Advocate() { }

    public Guid Id { get; private init; }
    public Guid ProviderId { get; private init; }
    public string Name { get; private init; } = "";
    public bool LivedExperience { get; private init; }
    public List<string> Languages { get; private init; } = [];
    public int Capacity { get; private set; }
    public int OpenCases { get; private set; }
    public string Status { get; private set; } = AdvocateStatus.Active;
    public DateOnly? LeftOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private init; }
    public uint Version { get; private set; }

    public bool HasLeft => Status == AdvocateStatus.Left;

    public static Advocate Join(Guid id, Guid providerId, string name, bool livedExperience, IEnumerable<string> languages, int capacity, DateTimeOffset now) => new()
    {
        Id = id,
        ProviderId = providerId,
        Name = name,
        LivedExperience = livedExperience,
        Languages = languages.Distinct().ToList(),
        Capacity = capacity,
        RecordedAt = now,
    };

    /// <summary>Holding more parents than the capacity (it was lowered after allocation): someone should move.</summary>
    public bool IsOverCapacity => OpenCases > Capacity;

    /// <summary>Lowering it below the open cases is allowed: the advocate is then listed as over capacity.</summary>
    public void SetCapacity(int capacity)
    {
        Rule.Check(new CapacityChangesWhileTheAdvocateActs(this));
        Capacity = capacity;
    }

    public void TakeCase()
    {
        Rule.Check(new AdvocateWhoLeftTakesNoParents(this), new AdvocateCapacity(this));
        OpenCases++;
    }

    public void ReleaseCase() => OpenCases = Math.Max(0, OpenCases - 1);

    public void Leave(DateOnly leftOn)
    {
        Rule.Check(new AdvocateLeavesOnce(this));
        Status = AdvocateStatus.Left;
        LeftOn = leftOn;
        OpenCases = 0;
    }
}

public static class AdvocateStatus
{
    public const string Active = "active";
    public const string Left = "left";
}
