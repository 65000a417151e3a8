using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>A consultation is open, then advised once, and may become a referral once, keeping the link.</summary>
public sealed class CaseConsultationTests
{
    private static readonly DateTimeOffset RequestedAt = Instant("2026-11-25T09:00:00Z");

    private static CaseConsultation NewConsultation() => CaseConsultation.Request(
        Guid.NewGuid(), RequestedAt, "education", "dsl.r-patel_07", null, null, null, null, null,
        "A pupil has come in with bruising twice this term. Should we refer?");

    private static ConsultationAdvice Advice(string by = "lcpp1") =>
        new("Refer to the MACPT today.", by, RequestedAt.AddHours(2));

    [Fact]
    public void The_status_names_are_the_api_codes()
    {
        Assert.Equal("open", ConsultationStatus.Open);
        Assert.Equal("advised", ConsultationStatus.Advised);
        Assert.Equal("became-referral", ConsultationStatus.BecameReferral);
    }

    [Fact]
    public void A_new_consultation_is_open()
    {
        var consultation = NewConsultation();

        Assert.Equal("open", consultation.Status);
        Assert.Null(consultation.Advice);
        Assert.Null(consultation.ReferralId);
        Assert.Null(consultation.BecameReferralAt);
    }

    [Fact]
    public void Request_keeps_what_was_asked()
    {
        var id = Guid.NewGuid();
        var consultation = CaseConsultation.Request(id, RequestedAt, "health", "hv.m-osei", "Health visitor", "RB123456", "Alex", "Smith",
            D("2019-03-14"), "Is this neglect?");

        Assert.Equal(id, consultation.Id);
        Assert.Equal(RequestedAt, consultation.RequestedAt);
        Assert.Equal("health", consultation.RequesterAgency);
        Assert.Equal("hv.m-osei", consultation.RequesterId);
        Assert.Equal("Health visitor", consultation.RequesterContact);
        Assert.Equal("RB123456", consultation.LaChildId);
        Assert.Equal("Alex", consultation.ChildFirstName);
        Assert.Equal("Smith", consultation.ChildLastName);
        Assert.Equal(D("2019-03-14"), consultation.ChildDateOfBirth);
        Assert.Equal("Is this neglect?", consultation.Question);
    }

    [Fact]
    public void Recorded_advice_makes_it_advised()
    {
        var consultation = NewConsultation();
        var advice = Advice();

        consultation.RecordAdvice(advice);

        Assert.Equal("advised", consultation.Status);
        Assert.Same(advice, consultation.Advice);
    }

    [Fact]
    public void Advice_is_recorded_once_and_the_first_stands()
    {
        var consultation = NewConsultation();
        var first = Advice("lcpp1");
        consultation.RecordAdvice(first);

        RuleAssert.Refuses<ConsultationIsAdvisedOnce>(() => consultation.RecordAdvice(Advice("lcpp2")), "advice");

        Assert.Same(first, consultation.Advice);
        Assert.Equal("advised", consultation.Status);
    }

    [Fact]
    public void An_open_consultation_can_become_a_referral_without_advice()
    {
        var consultation = NewConsultation();
        var referralId = Guid.NewGuid();
        var at = RequestedAt.AddHours(1);

        consultation.BecameReferral(referralId, at);

        Assert.Equal("became-referral", consultation.Status);
        Assert.Null(consultation.Advice);
        Assert.Equal(referralId, consultation.ReferralId);
        Assert.Equal(at, consultation.BecameReferralAt);
    }

    [Fact]
    public void An_advised_consultation_can_become_a_referral_and_keeps_its_advice()
    {
        var consultation = NewConsultation();
        var advice = Advice();
        consultation.RecordAdvice(advice);
        var referralId = Guid.NewGuid();
        var at = RequestedAt.AddHours(3);

        consultation.BecameReferral(referralId, at);

        Assert.Equal("became-referral", consultation.Status);
        Assert.Same(advice, consultation.Advice);
        Assert.Equal(referralId, consultation.ReferralId);
        Assert.Equal(at, consultation.BecameReferralAt);
    }

    [Fact]
    public void Advice_after_becoming_a_referral_leaves_it_a_referral()
    {
        var consultation = NewConsultation();
        consultation.BecameReferral(Guid.NewGuid(), RequestedAt.AddHours(1));

        consultation.RecordAdvice(Advice());

        Assert.Equal("became-referral", consultation.Status);
    }

    [Fact]
    public void A_consultation_becomes_a_referral_once_and_keeps_the_first_link()
    {
        var consultation = NewConsultation();
        var referralId = Guid.NewGuid();
        var at = RequestedAt.AddHours(1);
        consultation.BecameReferral(referralId, at);

        RuleAssert.Refuses<ConsultationBecomesReferralOnce>(() => consultation.BecameReferral(Guid.NewGuid(), at.AddHours(1)), "referralId");

        Assert.Equal(referralId, consultation.ReferralId);
        Assert.Equal(at, consultation.BecameReferralAt);
        Assert.Equal("became-referral", consultation.Status);
    }

    [Fact]
    public void The_same_referral_again_is_still_a_second_link()
    {
        var consultation = NewConsultation();
        var referralId = Guid.NewGuid();
        var at = RequestedAt.AddHours(1);
        consultation.BecameReferral(referralId, at);

        RuleAssert.Refuses<ConsultationBecomesReferralOnce>(() => consultation.BecameReferral(referralId, at), "referralId");

        Assert.Equal(at, consultation.BecameReferralAt);
    }
}
