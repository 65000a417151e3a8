using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate takes no more parents than their agreed capacity (open cases), so each parent gets real time
/// (local commissioning term with the advocacy providers).
/// </summary>
public sealed class AdvocateCapacity(Advocate advocate) : BusinessRule("advocateId")
{
    public override bool IsBroken() => advocate.OpenCases >= advocate.Capacity;
    public override string Message => "The advocate has no capacity for another parent.";
}
