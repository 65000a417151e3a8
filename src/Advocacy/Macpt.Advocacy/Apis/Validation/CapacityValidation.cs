using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A capacity is from 0 to <see cref="MaxCapacity"/> parents at once.</summary>
public static class CapacityValidation
{
    public const int MaxCapacity = 50;

    public static RequestErrors Check(CapacityRequest r)
    {
        var errors = new RequestErrors();
        CheckCapacity(errors, r.Capacity);
        return errors;
    }

    internal static bool CheckCapacity(RequestErrors errors, int? capacity) => errors.Range("capacity", capacity, 0, MaxCapacity);
}
