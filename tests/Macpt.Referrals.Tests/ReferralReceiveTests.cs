using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Tests;

/// <summary>What a referral records when it is received from the front door.</summary>
public sealed class ReferralReceiveTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly Child AChild =
        new("Alex", "Smith", new DateOnly(2019, 3, 14), null, "1", "WBRI", "9434765919", "H801200001001", null, null, false);

    private static Referral Receive(string? harmContext = null, IEnumerable<string>? suspectedCategories = null,
        Guid? householdId = null, Guid? previousReferralId = null, Referrer? referrer = null) =>
        Referral.Receive(Guid.NewGuid(), "RB123456", AChild, "2A", "Bruising seen at school.", ReceivedAt, ReceivedAt.AddMinutes(1),
            new DateOnly(2026, 11, 26), referrer, harmContext, suspectedCategories, householdId, previousReferralId);

    [Fact]
    public void A_suspected_category_given_twice_is_recorded_once() =>
        Assert.Equal(["NEG", "PHY", "EMO"], Receive(suspectedCategories: ["NEG", "PHY", "NEG", "EMO", "PHY"]).SuspectedCategories);

    [Fact]
    public void No_suspected_categories_records_an_empty_list()
    {
        Assert.Empty(Receive(suspectedCategories: null).SuspectedCategories);
        Assert.Empty(Receive(suspectedCategories: []).SuspectedCategories);
    }

    [Fact]
    public void The_harm_context_is_not_yet_known_unless_given()
    {
        Assert.Equal(HarmContexts.NotYetKnown, Receive(harmContext: null).HarmContext);
        Assert.Equal("not-yet-known", Receive().HarmContext);
    }

    [Theory]
    [InlineData("intra-familial")]
    [InlineData("extra-familial")]
    [InlineData("online")]
    public void A_given_harm_context_is_kept(string harmContext) =>
        Assert.Equal(harmContext, Receive(harmContext: harmContext).HarmContext);

    [Fact]
    public void A_referral_with_a_previous_referral_is_a_re_referral()
    {
        var previous = Guid.NewGuid();
        var referral = Receive(previousReferralId: previous);

        Assert.True(referral.IsReReferral);
        Assert.Equal(previous, referral.PreviousReferralId);
    }

    [Fact]
    public void A_referral_without_a_previous_referral_is_not_a_re_referral()
    {
        var referral = Receive(previousReferralId: null);

        Assert.False(referral.IsReReferral);
        Assert.Null(referral.PreviousReferralId);
    }

    [Fact]
    public void The_household_id_is_kept()
    {
        var household = Guid.NewGuid();
        Assert.Equal(household, Receive(householdId: household).HouseholdId);
        Assert.Null(Receive(householdId: null).HouseholdId);
    }

    [Fact]
    public void The_referral_keeps_what_it_was_given()
    {
        var id = Guid.NewGuid();
        var referrer = new Referrer("Exampleton Primary School", "Designated safeguarding lead", "01234 567890");

        var referral = Referral.Receive(id, "RB123456", AChild, "2A", "Bruising seen at school.", ReceivedAt, ReceivedAt.AddMinutes(1),
            new DateOnly(2026, 11, 26), referrer);

        Assert.Equal(id, referral.Id);
        Assert.Equal("RB123456", referral.LaChildId);
        Assert.Same(AChild, referral.Child);
        Assert.Equal("2A", referral.ReferralSource);
        Assert.Equal("Bruising seen at school.", referral.Concerns);
        Assert.Equal(ReceivedAt, referral.ReceivedAt);
        Assert.Equal(ReceivedAt.AddMinutes(1), referral.RecordedAt);
        Assert.Equal(new DateOnly(2026, 11, 26), referral.DecisionDueBy);
        Assert.Equal(referrer, referral.Referrer);
        Assert.False(referral.IsDecided);
    }
}
