namespace Macpt.Advocacy.Domain.Rules;

/// <summary>An advocate takes no more parents than their agreed capacity (open cases), so each parent gets real time.</summary>
public static class AdvocateCapacity
{
    public const string Message = "The advocate has no capacity for another parent.";

    public static bool IsBroken(Advocate advocate) => advocate.OpenCases >= advocate.Capacity;

    public static bool IsOver(Advocate advocate) => advocate.OpenCases > advocate.Capacity;
}
