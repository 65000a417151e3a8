using Macpt.Referrals.Apis;
using Macpt.Referrals.Apis.Validation;
using static Macpt.Referrals.Tests.Referrals;

namespace Macpt.Referrals.Tests;

/// <summary>What a referral must carry to be recorded (checked at <see cref="Referrals.Now"/>, Wed 25 Nov 2026).</summary>
public sealed partial class CreateReferralValidationTests
{
    private static Macpt.ServiceDefaults.Validation.RequestErrors Check(CreateReferralRequest request) =>
        CreateReferralValidation.Check(request, Now, Today);

    [Fact]
    public void A_complete_referral_for_a_born_child_is_accepted() => RuleAssert.Accepted(Check(Valid));

    [Fact]
    public void An_unborn_child_needs_an_expected_date_of_birth_and_no_names() =>
        RuleAssert.Accepted(Check(Valid with { Child = UnbornChild }));

    [Fact]
    public void An_unborn_child_may_already_have_names() =>
        RuleAssert.Accepted(Check(Valid with { Child = UnbornChild with { FirstName = "Baby", LastName = "Smith" } }));

    // Required fields

    [Fact]
    public void An_empty_referral_names_every_missing_top_level_field() =>
        RuleAssert.Refused(Check(new CreateReferralRequest(null, null, null, null)),
            "child", "referralSource", "concerns", "receivedAt");

    [Fact]
    public void An_empty_child_names_every_missing_child_field() =>
        RuleAssert.Refused(Check(Valid with { Child = new ChildDetails(null, null, null, null, null, null) }),
            "child.laChildId", "child.firstName", "child.lastName", "child.dateOfBirth", "child.sex");

    [Theory]
    [InlineData("child")]
    [InlineData("child.laChildId")]
    [InlineData("child.firstName")]
    [InlineData("child.lastName")]
    [InlineData("child.sex")]
    [InlineData("child.dateOfBirth")]
    [InlineData("referralSource")]
    [InlineData("concerns")]
    [InlineData("receivedAt")]
    public void A_missing_required_field_is_named(string field) =>
        RuleAssert.Refused(Check(Without(field)), field);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_counts_as_missing(string blank)
    {
        RuleAssert.Refused(Check(Valid with { Concerns = blank }), "concerns");
        RuleAssert.Refused(Check(Valid with { ReferralSource = blank }), "referralSource");
        RuleAssert.Refused(Check(WithChild(c => c with { LaChildId = blank })), "child.laChildId");
        RuleAssert.Refused(Check(WithChild(c => c with { FirstName = blank })), "child.firstName");
    }

    // Codes (CIN census 2024: shared/domain/codes.md §3)

    [Theory]
    [InlineData("1A")]
    [InlineData("1B")]
    [InlineData("1C")]
    [InlineData("1D")]
    [InlineData("2A")]
    [InlineData("2B")]
    [InlineData("3A")]
    [InlineData("3B")]
    [InlineData("3C")]
    [InlineData("3D")]
    [InlineData("3E")]
    [InlineData("3F")]
    [InlineData("4")]
    [InlineData("5A")]
    [InlineData("5B")]
    [InlineData("5C")]
    [InlineData("5D")]
    [InlineData("6")]
    [InlineData("7")]
    [InlineData("8")]
    [InlineData("9")]
    [InlineData("10")]
    public void Every_cin_referral_source_is_accepted(string code) =>
        RuleAssert.Accepted(Check(Valid with { ReferralSource = code }));

    [Theory]
    [InlineData("2Z")]
    [InlineData("11")]
    [InlineData("")]
    [InlineData("1a")] // codes are exact: the census has no lower-case codes
    [InlineData("3")] // a group, not a code
    public void An_unknown_referral_source_is_refused(string code) =>
        RuleAssert.Refused(Check(Valid with { ReferralSource = code }), "referralSource");

    // Sex, not gender (codes.md §1: from 2024-25 the census records Sex, M/F/U, in place of GenderCurrent).

    [Theory]
    [InlineData("M")]
    [InlineData("F")]
    [InlineData("U")]
    public void Every_cin_sex_code_is_accepted(string code) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Sex = code })));

    [Theory]
    [InlineData("1")] // an old gender code is not a sex code
    [InlineData("m")] // schema enumerations are case-sensitive
    [InlineData("X")]
    [InlineData("")]
    public void An_unknown_sex_code_is_refused(string code) =>
        RuleAssert.Refused(Check(WithChild(c => c with { Sex = code })), "child.sex");

    [Theory]
    [InlineData("0", "U")] // not recorded or unborn
    [InlineData("1", "M")]
    [InlineData("2", "F")]
    [InlineData("9", "U")] // indeterminate
    public void During_the_transition_an_old_gender_code_alone_is_accepted_and_read_as_sex(string gender, string sex)
    {
        var child = BornChild with { Sex = null, Gender = gender };
        RuleAssert.Accepted(Check(Valid with { Child = child }));
        Assert.Equal(sex, child.SexCode());
    }

    [Theory]
    [InlineData("3")]
    [InlineData("M")]
    [InlineData("")]
    public void An_unknown_old_gender_code_is_refused_as_gender(string code) =>
        RuleAssert.Refused(Check(WithChild(c => c with { Sex = null, Gender = code })), "child.gender");

    [Fact]
    public void Sex_and_the_old_gender_together_are_refused_as_gender() =>
        RuleAssert.Refused(Check(WithChild(c => c with { Sex = "M", Gender = "1" })), "child.gender");

    [Fact]
    public void Sex_as_sent_is_the_childs_sex() => Assert.Equal("F", (BornChild with { Sex = "F" }).SexCode());

    [Theory]
    [InlineData("A")]
    [InlineData("12345678901234567890")] // 20, the census maximum
    public void A_short_alphanumeric_la_child_id_is_accepted(string id) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { LaChildId = id })));

    [Theory]
    [InlineData("123456789012345678901")] // 21 characters (census rule 1570)
    [InlineData("RB-123")] // letters and digits only (census rule 1580)
    [InlineData("RB 123")]
    [InlineData("RB/123")]
    [InlineData("RBé123")] // ASCII only
    public void An_la_child_id_too_long_or_not_alphanumeric_is_refused(string id) =>
        RuleAssert.Refused(Check(WithChild(c => c with { LaChildId = id })), "child.laChildId");

    // Dates of birth

    [Fact]
    public void A_child_born_today_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { DateOfBirth = Today })));

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused() =>
        RuleAssert.Refused(Check(WithChild(c => c with { DateOfBirth = Today.AddDays(1) })), "child.dateOfBirth");

    [Fact]
    public void Both_a_date_of_birth_and_an_expected_date_of_birth_is_refused() =>
        RuleAssert.Refused(Check(WithChild(c => c with { ExpectedDateOfBirth = Today.AddMonths(2) })), "child.expectedDateOfBirth");

    [Fact]
    public void Neither_a_date_of_birth_nor_an_expected_one_is_refused() =>
        RuleAssert.Refused(Check(WithChild(c => c with { DateOfBirth = null })), "child.dateOfBirth");

    [Theory]
    [InlineData("2008-11-26")] // 18 tomorrow
    [InlineData("2026-11-25")]
    public void A_child_under_18_is_accepted(string dateOfBirth) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { DateOfBirth = D(dateOfBirth) })));

    [Theory]
    [InlineData("2008-11-25")] // 18 today: an adult from the start of the birthday
    [InlineData("2008-11-24")]
    [InlineData("1990-01-01")]
    public void A_person_18_or_over_is_refused(string dateOfBirth) =>
        RuleAssert.Refused(Check(WithChild(c => c with { DateOfBirth = D(dateOfBirth) })), "child.dateOfBirth");

    [Theory]
    [InlineData("2026-02-28", false)] // no 29 Feb in 2026: still 17
    [InlineData("2026-03-01", true)] // 18 from 1 March
    public void A_leap_day_birthday_turns_18_on_1_march_in_other_years(string today, bool refused)
    {
        var request = WithChild(c => c with { DateOfBirth = D("2008-02-29") });
        var now = Instant($"{today}T12:00:00Z");

        var errors = CreateReferralValidation.Check(request with { ReceivedAt = now }, now, D(today));

        if (refused) RuleAssert.Refused(errors, "child.dateOfBirth");
        else RuleAssert.Accepted(errors);
    }

    [Theory]
    [InlineData("2026-11-25")] // due today
    [InlineData("2027-09-25")] // ten months ahead
    public void An_expected_date_of_birth_within_ten_months_is_accepted(string expected) =>
        RuleAssert.Accepted(Check(Valid with { Child = UnbornChild with { ExpectedDateOfBirth = D(expected) } }));

    [Fact]
    public void An_expected_date_of_birth_more_than_ten_months_away_is_refused() =>
        RuleAssert.Refused(Check(Valid with { Child = UnbornChild with { ExpectedDateOfBirth = D("2027-09-26") } }),
            "child.expectedDateOfBirth");

    [Theory]
    [InlineData("2026-10-14")] // six weeks overdue: still a pre-birth referral
    [InlineData("2026-11-01")]
    public void An_overdue_expected_date_of_birth_up_to_six_weeks_ago_is_accepted(string expected) =>
        RuleAssert.Accepted(Check(Valid with { Child = UnbornChild with { ExpectedDateOfBirth = D(expected) } }));

    [Fact]
    public void An_expected_date_of_birth_more_than_six_weeks_ago_is_refused() =>
        RuleAssert.Refused(Check(Valid with { Child = UnbornChild with { ExpectedDateOfBirth = D("2026-10-13") } }),
            "child.expectedDateOfBirth");

    // Time received

    [Theory]
    [InlineData(0)]
    [InlineData(4)] // the front door's clock runs a little ahead
    [InlineData(5)]
    public void A_receipt_up_to_five_minutes_ahead_of_our_clock_is_accepted(int minutesAhead) =>
        RuleAssert.Accepted(Check(Valid with { ReceivedAt = Now.AddMinutes(minutesAhead) }));

    [Theory]
    [InlineData(6)]
    [InlineData(60 * 24)]
    public void A_receipt_more_than_five_minutes_in_the_future_is_refused(int minutesAhead) =>
        RuleAssert.Refused(Check(Valid with { ReceivedAt = Now.AddMinutes(minutesAhead) }), "receivedAt");

    [Fact]
    public void A_receipt_exactly_a_year_ago_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { ReceivedAt = Now.AddYears(-1) }));

    [Fact]
    public void A_receipt_over_a_year_ago_is_refused() =>
        RuleAssert.Refused(Check(Valid with { ReceivedAt = Now.AddYears(-1).AddMinutes(-1) }), "receivedAt");

    // Free text

    [Fact]
    public void Concerns_of_exactly_20000_characters_are_accepted() =>
        RuleAssert.Accepted(Check(Valid with { Concerns = new string('x', CreateReferralValidation.MaxConcernsLength) }));

    [Fact]
    public void Concerns_over_20000_characters_are_refused() =>
        RuleAssert.Refused(Check(Valid with { Concerns = new string('x', 20_001) }), "concerns");

    [Fact]
    public void A_name_over_100_characters_is_refused()
    {
        var longName = new string('a', 101);
        RuleAssert.Refused(Check(WithChild(c => c with { FirstName = longName })), "child.firstName");
        RuleAssert.Refused(Check(WithChild(c => c with { LastName = longName })), "child.lastName");
    }

    [Fact]
    public void No_message_quotes_a_value_back()
    {
        // Values are personal data; a message that echoed them would carry them into logs and responses.
        var request = new CreateReferralRequest(
            new ChildDetails("ID-Zebedee", new string('Q', 101), "Quixotic" + new string('q', 100), D("2030-01-01"), null, "Xylo"),
            "Yonder", new string('W', 20_001), Now.AddDays(2));

        var errors = Check(request);

        Assert.NotEmpty(errors);
        foreach (var message in errors.Values.SelectMany(m => m))
        {
            Assert.DoesNotContain("Zebedee", message);
            Assert.DoesNotContain("QQQ", message);
            Assert.DoesNotContain("Quixotic", message);
            Assert.DoesNotContain("2030", message);
            Assert.DoesNotContain("Xylo", message);
            Assert.DoesNotContain("Yonder", message);
            Assert.DoesNotContain("WWW", message);
        }
    }

    private static CreateReferralRequest Without(string field) => field switch
    {
        "child" => Valid with { Child = null },
        "child.laChildId" => WithChild(c => c with { LaChildId = null }),
        "child.firstName" => WithChild(c => c with { FirstName = null }),
        "child.lastName" => WithChild(c => c with { LastName = null }),
        "child.sex" => WithChild(c => c with { Sex = null }),
        "child.dateOfBirth" => WithChild(c => c with { DateOfBirth = null }),
        "referralSource" => Valid with { ReferralSource = null },
        "concerns" => Valid with { Concerns = null },
        "receivedAt" => Valid with { ReceivedAt = null },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
