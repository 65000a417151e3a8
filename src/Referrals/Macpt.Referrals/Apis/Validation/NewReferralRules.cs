using Macpt.Contracts.Cin;
using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// What a referral must carry to be recorded. Each broken rule names its field; none quotes the
/// value back (it is personal data).
/// </summary>
public static class NewReferralRules
{
    public const int MaxConcernsLength = 20_000;
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxChildrenPerHousehold = 20;
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

        if (request.Child is not { } child) Fail("child", "The child is required.");
        else CheckChild(child, "child", today, Fail);
        CheckShared(request.ReferralSource, request.Concerns, request.ReceivedAt, request.Referrer, request.HarmContext, request.SuspectedCategories, now, Fail);
        return errors;
    }

    public static Dictionary<string, string[]> Check(CreateHouseholdReferralRequest request, DateTimeOffset now, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (request.Children is not { Count: > 0 } children) Fail("children", "At least one child is required.");
        else if (children.Count > MaxChildrenPerHousehold) Fail("children", $"At most {MaxChildrenPerHousehold} children in one submission.");
        else
        {
            for (var i = 0; i < children.Count; i++)
            {
                if (children[i] is not { } child) Fail($"children[{i}]", "The child is required.");
                else CheckChild(child, $"children[{i}]", today, Fail);
            }
            var ids = children.Where(c => c?.LaChildId is not null).GroupBy(c => c!.LaChildId).Where(g => g.Count() > 1);
            if (ids.Any()) Fail("children", "Each child appears once: two children share a local authority child id.");
        }
        CheckShared(request.ReferralSource, request.Concerns, request.ReceivedAt, request.Referrer, request.HarmContext, request.SuspectedCategories, now, Fail);
        return errors;
    }

    private static void CheckChild(ChildDetails child, string at, DateOnly today, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(child.LaChildId)) fail($"{at}.laChildId", "The local authority child id is required.");
        else if (!LaChildId.IsValid(child.LaChildId)) fail($"{at}.laChildId", $"The local authority child id must be 1 to {LaChildId.MaxLength} letters or digits.");

        var unborn = child.DateOfBirth is null && child.ExpectedDateOfBirth is not null;
        if (child.DateOfBirth is not null && child.ExpectedDateOfBirth is not null)
            fail($"{at}.expectedDateOfBirth", "Give either a date of birth or an expected date of birth, not both.");
        else if (child.DateOfBirth is null && child.ExpectedDateOfBirth is null)
            fail($"{at}.dateOfBirth", "A date of birth, or an expected date of birth for an unborn child, is required.");
        if (child.DateOfBirth is { } dob)
        {
            if (dob > today) fail($"{at}.dateOfBirth", "The date of birth is in the future.");
            // 18 from the start of the 18th birthday (a 29 February birthday counts from 1 March).
            else if (dob <= today.AddYears(-18)) fail($"{at}.dateOfBirth", "The child is 18 or over: refer to adult services.");
        }
        if (child.ExpectedDateOfBirth is { } edob)
        {
            if (edob > today.AddMonths(MaxMonthsToExpectedBirth))
                fail($"{at}.expectedDateOfBirth", $"The expected date of birth is more than {MaxMonthsToExpectedBirth} months away.");
            else if (edob < today.AddDays(-MaxDaysPastExpectedBirth))
                fail($"{at}.expectedDateOfBirth", $"The expected date of birth is more than {MaxDaysPastExpectedBirth} days ago: give the child's date of birth.");
        }

        CheckText(child.FirstName, $"{at}.firstName", MaxNameLength, required: !unborn, fail);
        CheckText(child.LastName, $"{at}.lastName", MaxNameLength, required: !unborn, fail);

        if (child.Gender is null) fail($"{at}.gender", "The gender code is required (0, 1, 2 or 9).");
        else if (!Genders.IsValid(child.Gender)) fail($"{at}.gender", "The gender code must be one of 0, 1, 2 or 9.");

        if (child.Ethnicity is not null && !Ethnicities.IsValid(child.Ethnicity))
            fail($"{at}.ethnicity", "The ethnicity is not a CIN census ethnicity code (NOBT when not yet obtained).");
        if (child.NhsNumber is not null && !NhsNumber.IsValid(child.NhsNumber))
            fail($"{at}.nhsNumber", "The NHS number is not 10 digits with a valid check digit.");
        if (child.Upn is not null && !UniquePupilNumber.IsValid(child.Upn))
            fail($"{at}.upn", "The UPN is not a 13-character unique pupil number with a valid check letter.");
        if (child.Address is { } address)
        {
            CheckText(address.Line1, $"{at}.address.line1", MaxNameLength, required: false, fail);
            CheckText(address.Line2, $"{at}.address.line2", MaxNameLength, required: false, fail);
            CheckText(address.Town, $"{at}.address.town", MaxNameLength, required: false, fail);
            CheckText(address.Postcode, $"{at}.address.postcode", 10, required: false, fail);
        }
        CheckText(child.Language, $"{at}.language", 50, required: false, fail);
    }

    private static void CheckShared(string? referralSource, string? concerns, DateTimeOffset? receivedAtOrNull, ReferrerDetails? referrer,
        string? harmContext, IReadOnlyList<string>? suspectedCategories, DateTimeOffset now, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(referralSource)) fail("referralSource", "The referral source code is required.");
        else if (!ReferralSources.IsValid(referralSource)) fail("referralSource", "The referral source is not a CIN census referral source code.");

        if (string.IsNullOrWhiteSpace(concerns)) fail("concerns", "The concerns are required.");
        else if (concerns.Length > MaxConcernsLength) fail("concerns", $"The concerns are longer than {MaxConcernsLength} characters.");

        if (receivedAtOrNull is not { } receivedAt) fail("receivedAt", "The time the referral was received is required.");
        else if (receivedAt > now + ClockTolerance) fail("receivedAt", "The time received is in the future.");
        else if (receivedAt < now.AddYears(-1)) fail("receivedAt", "The time received is more than a year ago.");

        if (referrer is not null)
        {
            CheckText(referrer.Agency, "referrer.agency", MaxNameLength, required: true, fail);
            CheckText(referrer.Role, "referrer.role", MaxNameLength, required: false, fail);
            CheckText(referrer.Contact, "referrer.contact", MaxTextLength, required: false, fail);
        }
        if (harmContext is not null && !HarmContexts.All.Contains(harmContext))
            fail("harmContext", $"The harm context must be one of: {string.Join(", ", HarmContexts.All)}.");
        if (suspectedCategories is not null && suspectedCategories.Any(c => !CategoriesOfAbuse.IsValid(c)))
            fail("suspectedCategories", "Each suspected category must be a CIN category of abuse: NEG, PHY, EMO, SAB or MUL.");
    }

    private static void CheckText(string? text, string field, int maxLength, bool required, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) fail(field, field.EndsWith("Name", StringComparison.Ordinal) ? "The name is required." : "This is required.");
        }
        else if (text.Length > maxLength)
        {
            fail(field, field.EndsWith("Name", StringComparison.Ordinal) ? $"The name is longer than {maxLength} characters." : $"This is longer than {maxLength} characters.");
        }
    }
}
