using Macpt.Contracts.Cin;


namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// What a referral must carry to be recorded. Each broken rule names its field; none quotes the
/// value back (it is personal data).
/// </summary>
public static class NewReferralRules
{
    public const int MaxConcernsLength = 20_000;
    public const int MaxNameLength = 100;
    /// <summary>Clocks at the front door and here differ a little; more than this is a data error.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);
    /// <summary>An expected date of birth is at most ten months ahead.</summary>
    public const int MaxMonthsToExpectedBirth = 10;
    /// <summary>A baby can be overdue; weeks past the expected date the child has been born and has a date of birth.</summary>
    public const int MaxDaysPastExpectedBirth = 42;

    public static Dictionary<string, string[]> Check(CreateReferralRequest request, DateTimeOffset now, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (request.Child is not { } child)
        {
            Fail("child", "The child is required.");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(child.LaChildId)) Fail("child.laChildId", "The local authority child id is required.");
            else if (!LaChildId.IsValid(child.LaChildId)) Fail("child.laChildId", $"The local authority child id must be 1 to {LaChildId.MaxLength} letters or digits.");

            var unborn = child.DateOfBirth is null && child.ExpectedDateOfBirth is not null;
            if (child.DateOfBirth is not null && child.ExpectedDateOfBirth is not null)
                Fail("child.expectedDateOfBirth", "Give either a date of birth or an expected date of birth, not both.");
            else if (child.DateOfBirth is null && child.ExpectedDateOfBirth is null)
                Fail("child.dateOfBirth", "A date of birth, or an expected date of birth for an unborn child, is required.");
            if (child.DateOfBirth is { } dob)
            {
                if (dob > today) Fail("child.dateOfBirth", "The date of birth is in the future.");
                // 18 from the start of the 18th birthday (a 29 February birthday counts from 1 March).
                else if (dob <= today.AddYears(-18)) Fail("child.dateOfBirth", "The child is 18 or over: refer to adult services.");
            }
            if (child.ExpectedDateOfBirth is { } edob)
            {
                if (edob > today.AddMonths(MaxMonthsToExpectedBirth))
                    Fail("child.expectedDateOfBirth", $"The expected date of birth is more than {MaxMonthsToExpectedBirth} months away.");
                else if (edob < today.AddDays(-MaxDaysPastExpectedBirth))
                    Fail("child.expectedDateOfBirth", $"The expected date of birth is more than {MaxDaysPastExpectedBirth} days ago: give the child's date of birth.");
            }

            CheckName(child.FirstName, "child.firstName", required: !unborn, Fail);
            CheckName(child.LastName, "child.lastName", required: !unborn, Fail);

            if (child.Gender is null) Fail("child.gender", "The gender code is required (0, 1, 2 or 9).");
            else if (!Genders.IsValid(child.Gender)) Fail("child.gender", "The gender code must be one of 0, 1, 2 or 9.");
        }

        if (string.IsNullOrWhiteSpace(request.ReferralSource)) Fail("referralSource", "The referral source code is required.");
        else if (!ReferralSources.IsValid(request.ReferralSource)) Fail("referralSource", "The referral source is not a CIN census referral source code.");

        if (string.IsNullOrWhiteSpace(request.Concerns)) Fail("concerns", "The concerns are required.");
        else if (request.Concerns.Length > MaxConcernsLength) Fail("concerns", $"The concerns are longer than {MaxConcernsLength} characters.");

        if (request.ReceivedAt is not { } receivedAt) Fail("receivedAt", "The time the referral was received is required.");
        else if (receivedAt > now + ClockTolerance) Fail("receivedAt", "The time received is in the future.");
        else if (receivedAt < now.AddYears(-1)) Fail("receivedAt", "The time received is more than a year ago.");

        return errors;
    }

    private static void CheckName(string? name, string field, bool required, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            if (required) fail(field, "The name is required.");
        }
        else if (name.Length > MaxNameLength) fail(field, $"The name is longer than {MaxNameLength} characters.");
    }
}
