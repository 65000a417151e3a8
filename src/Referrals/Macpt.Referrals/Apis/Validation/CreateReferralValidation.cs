using Macpt.Contracts.Cin;
using Macpt.Referrals.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// What a referral (one child, or several of one household) must carry to be recorded. Each fault names its
/// field; none quotes the value back (it is personal data).
/// </summary>
public static class CreateReferralValidation
{
    public const int MaxConcernsLength = 20_000;
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxPostcodeLength = 10;
    public const int MaxLanguageLength = 50;
    public const int MaxChildrenPerHousehold = 20;
    /// <summary>Clocks at the front door and here differ a little; more than this is a data error.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);
    /// <summary>An expected date of birth is at most ten months ahead.</summary>
    public const int MaxMonthsToExpectedBirth = 10;
    /// <summary>A baby can be overdue; weeks past the expected date the child has been born and has a date of birth.</summary>
    public const int MaxDaysPastExpectedBirth = 42;

    // The CIN census code lists (shared/domain/codes.md §3).
    private static readonly string[] ReferralSourceCodes = [.. ReferralSources.Descriptions.Keys];
    private static readonly string[] EthnicityCodes = [.. Ethnicities.Descriptions.Keys];
    private static readonly string[] CategoryCodes = [.. CategoriesOfAbuse.Descriptions.Keys];
    private static readonly string[] GenderCodes = [.. Sexes.FromGenderCurrent.Keys];

    public static RequestErrors Check(CreateReferralRequest request, DateTimeOffset now, DateOnly today)
    {
        var errors = new RequestErrors();
        if (errors.Required("child", request.Child)) CheckChild(request.Child!, "child", today, errors);
        CheckShared(request.ReferralSource, request.Concerns, request.ReceivedAt, request.Referrer, request.HarmContext, request.SuspectedCategories, now, errors);
        return errors;
    }

    public static RequestErrors Check(CreateHouseholdReferralRequest request, DateTimeOffset now, DateOnly today)
    {
        var errors = new RequestErrors();
        if (request.Children is not { Count: > 0 } children) errors.Add("children", RequestErrors.Messages.Required);
        else if (children.Count > MaxChildrenPerHousehold) errors.Add("children", RequestErrors.Messages.TooMany(MaxChildrenPerHousehold));
        else
        {
            for (var i = 0; i < children.Count; i++)
            {
                if (errors.Required($"children[{i}]", children[i])) CheckChild(children[i]!, $"children[{i}]", today, errors);
            }
            var ids = children.Where(c => c?.LaChildId is not null).Select(c => c!.LaChildId).ToList();
            if (ids.Distinct().Count() != ids.Count) errors.Add("children", "Each child appears once: two children share a local authority child id.");
        }
        CheckShared(request.ReferralSource, request.Concerns, request.ReceivedAt, request.Referrer, request.HarmContext, request.SuspectedCategories, now, errors);
        return errors;
    }

    private static void CheckChild(ChildDetails child, string at, DateOnly today, RequestErrors errors)
    {
        errors.LaChild($"{at}.laChildId", child.LaChildId);

        if (child.DateOfBirth is not null && child.ExpectedDateOfBirth is not null)
            errors.Add($"{at}.expectedDateOfBirth", "Give either a date of birth or an expected date of birth, not both.");
        else if (child.DateOfBirth is null && child.ExpectedDateOfBirth is null)
            errors.Add($"{at}.dateOfBirth", "A date of birth, or an expected date of birth for an unborn child, is required.");
        // 18 from the start of the 18th birthday (a 29 February birthday counts from 1 March).
        if (errors.OptionalPastDate($"{at}.dateOfBirth", child.DateOfBirth, today) && child.DateOfBirth <= today.AddYears(-18))
            errors.Add($"{at}.dateOfBirth", "The child is 18 or over: refer to adult services.");
        if (child.ExpectedDateOfBirth > today.AddMonths(MaxMonthsToExpectedBirth))
            errors.Add($"{at}.expectedDateOfBirth", $"The expected date of birth is more than {MaxMonthsToExpectedBirth} months away.");
        else if (child.ExpectedDateOfBirth < today.AddDays(-MaxDaysPastExpectedBirth))
            errors.Add($"{at}.expectedDateOfBirth", $"The expected date of birth is more than {MaxDaysPastExpectedBirth} days ago: give the child's date of birth.");

        // An unborn child may have no names yet.
        var unborn = child.DateOfBirth is null && child.ExpectedDateOfBirth is not null;
        if (unborn)
        {
            errors.OptionalText($"{at}.firstName", child.FirstName, MaxNameLength);
            errors.OptionalText($"{at}.lastName", child.LastName, MaxNameLength);
        }
        else
        {
            errors.Text($"{at}.firstName", child.FirstName, MaxNameLength);
            errors.Text($"{at}.lastName", child.LastName, MaxNameLength);
        }

        CheckSex(child, at, errors);
        errors.OptionalOneOf($"{at}.ethnicity", child.Ethnicity, EthnicityCodes);
        if (child.NhsNumber is not null && !NhsNumber.IsValid(child.NhsNumber))
            errors.Add($"{at}.nhsNumber", "The NHS number is not 10 digits with a valid check digit.");
        if (child.Upn is not null && !UniquePupilNumber.IsValid(child.Upn))
            errors.Add($"{at}.upn", "The UPN is not a 13-character unique pupil number with a valid check letter.");
        if (child.Address is { } address)
        {
            errors.OptionalText($"{at}.address.line1", address.Line1, MaxNameLength);
            errors.OptionalText($"{at}.address.line2", address.Line2, MaxNameLength);
            errors.OptionalText($"{at}.address.town", address.Town, MaxNameLength);
            errors.OptionalText($"{at}.address.postcode", address.Postcode, MaxPostcodeLength);
        }
        errors.OptionalText($"{at}.language", child.Language, MaxLanguageLength);
    }

    /// <summary>
    /// The census Sex (codes.md §1: <c>Sex</c> M/F/U replaced <c>GenderCurrent</c> in 2024-25). The old gender code is
    /// accepted alone during the transition (docs/api/referrals.md); with both, gender is refused.
    /// </summary>
    private static void CheckSex(ChildDetails child, string at, RequestErrors errors)
    {
        if (child.Sex is not null || child.Gender is null) errors.OneOf($"{at}.sex", child.Sex, Sexes.All);
        if (child.Gender is null) return;
        if (child.Sex is not null) errors.Add($"{at}.gender", "Give sex only: gender is the census's old code, accepted alone during the transition.");
        else errors.OneOf($"{at}.gender", child.Gender, GenderCodes);
    }

    private static void CheckShared(string? referralSource, string? concerns, DateTimeOffset? receivedAt, ReferrerDetails? referrer,
        string? harmContext, IReadOnlyList<string>? suspectedCategories, DateTimeOffset now, RequestErrors errors)
    {
        errors.OneOf("referralSource", referralSource, ReferralSourceCodes);
        errors.Text("concerns", concerns, MaxConcernsLength);
        if (errors.PastInstant("receivedAt", receivedAt, now + ClockTolerance) && receivedAt < now.AddYears(-1))
            errors.Add("receivedAt", "The time received is more than a year ago.");

        if (referrer is not null)
        {
            errors.Text("referrer.agency", referrer.Agency, MaxNameLength);
            errors.OptionalText("referrer.role", referrer.Role, MaxNameLength);
            errors.OptionalText("referrer.contact", referrer.Contact, MaxTextLength);
        }
        errors.OptionalOneOf("harmContext", harmContext, HarmContexts.All);
        // A category given twice is recorded once (Referral.Receive), so repeats are not refused here.
        if (suspectedCategories is not null && suspectedCategories.Any(c => !CategoriesOfAbuse.IsValid(c)))
            errors.Add("suspectedCategories", RequestErrors.Messages.OneOf(CategoryCodes));
    }
}
