using Macpt.FamilyNetworks.Apis;
using Macpt.FamilyNetworks.Apis.Validation;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>What asking for, offering, answering, coordinating and recording a meeting must carry. Errors name fields, never values.</summary>
public sealed class MeetingRequestValidationTests
{
    private static readonly RequestMeetingRequest ValidRequest = new("C123456", "section-47", Guid.NewGuid(), null);
    private static readonly OfferRequest ValidOffer = new([new OfferedPersonRequest("A Parent", "mother", true)], D("2026-11-20"), null);
    private static readonly MeetingHeldRequest ValidMeeting = new(D("2026-11-20"),
        [new NetworkMemberRequest("A Grandmother", "grandparent", ["care", "respite"], true), new NetworkMemberRequest("A Friend", "family-friend", [], false)],
        new ChildParticipationRequest(true, "attended"), true);

    [Fact]
    public void A_valid_request_offer_answer_coordinator_and_meeting_are_accepted()
    {
        RuleAssert.Accepted(RequestMeetingValidation.Check(ValidRequest));
        RuleAssert.Accepted(RecordOfferValidation.Check(ValidOffer));
        RuleAssert.Accepted(RecordAnswerValidation.Check(new AnswerRequest(Guid.NewGuid(), "accepted", D("2026-11-20"), null)));
        RuleAssert.Accepted(RecordAnswerValidation.Check(new AnswerRequest(Guid.NewGuid(), "declined", D("2026-11-20"), "Not now.")));
        RuleAssert.Accepted(AllocateCoordinatorValidation.Check(new CoordinatorRequest("fgc-1", true, D("2026-11-20"))));
        RuleAssert.Accepted(RecordMeetingValidation.Check(ValidMeeting));
    }

    [Fact]
    public void A_request_needs_a_valid_child_a_known_stage_and_its_referral()
    {
        RuleAssert.Refused(RequestMeetingValidation.Check(new RequestMeetingRequest("C-1", "court", null, null)), "laChildId", "stage", "referralId");
        RuleAssert.Refused(RequestMeetingValidation.Check(ValidRequest with { ReferralId = Guid.Empty }), "referralId");
        RuleAssert.Refused(RequestMeetingValidation.Check(ValidRequest with { LaChildId = new string('A', 21) }), "laChildId");
    }

    [Fact]
    public void An_offer_names_who_it_was_made_to_and_when()
    {
        RuleAssert.Refused(RecordOfferValidation.Check(new OfferRequest([], null, null)), "offeredTo", "offeredOn");
        RuleAssert.Refused(RecordOfferValidation.Check(ValidOffer with { OfferedTo = [null] }), "offeredTo");
        RuleAssert.Refused(RecordOfferValidation.Check(ValidOffer with { OfferedTo = [new OfferedPersonRequest("A", "carer", false), new OfferedPersonRequest(" ", "aunt", null)] }),
            "offeredTo[1].name", "offeredTo[1].relationship", "offeredTo[1].parentalResponsibility");
        RuleAssert.Refused(RecordOfferValidation.Check(ValidOffer with { OfferedTo = Enumerable.Repeat<OfferedPersonRequest?>(new("A", "carer", false), 11).ToList() }), "offeredTo");
    }

    [Fact]
    public void A_best_interests_decision_carries_its_day_and_reason()
    {
        RuleAssert.Accepted(RecordBestInterestsExceptionValidation.Check(new BestInterestsExceptionRequest(D("2026-11-20"), "Risk of harm from a network member.")));
        RuleAssert.Refused(RecordBestInterestsExceptionValidation.Check(new BestInterestsExceptionRequest(null, " ")), "decidedOn", "reason");
    }

    [Fact]
    public void A_declined_answer_carries_the_familys_reason_and_an_accepted_one_none()
    {
        RuleAssert.Refused(RecordAnswerValidation.Check(new AnswerRequest(Guid.NewGuid(), "declined", D("2026-11-20"), null)), "declineReason");
        RuleAssert.Refused(RecordAnswerValidation.Check(new AnswerRequest(Guid.NewGuid(), "accepted", D("2026-11-20"), "Because.")), "declineReason");
        RuleAssert.Refused(RecordAnswerValidation.Check(new AnswerRequest(null, "maybe", null, null)), "personId", "answer", "answeredOn");
    }

    [Fact]
    public void A_coordinator_and_a_date_carry_their_fields()
    {
        RuleAssert.Refused(AllocateCoordinatorValidation.Check(new CoordinatorRequest(null, null, null)), "coordinatorId", "independent", "allocatedOn");
        RuleAssert.Refused(ScheduleMeetingValidation.Check(new MeetingDateRequest(null)), "scheduledFor");
    }

    [Fact]
    public void A_meeting_names_its_network_with_what_each_offers_and_the_childs_part()
    {
        RuleAssert.Refused(RecordMeetingValidation.Check(new MeetingHeldRequest(null, [], null, null)),
            "heldOn", "networkMembers", "childParticipation", "privateFamilyTime");
        RuleAssert.Refused(RecordMeetingValidation.Check(ValidMeeting with
        {
            NetworkMembers = [new NetworkMemberRequest("A", "parent", [], true), new NetworkMemberRequest("", "butler", ["money"], null), new NetworkMemberRequest("B", "sibling", ["care", "care"], true), new NetworkMemberRequest("C", "cousin", null, true)],
        }), "networkMembers[1].name", "networkMembers[1].relationship", "networkMembers[1].offers", "networkMembers[1].present",
            "networkMembers[2].offers", "networkMembers[3].offers");
        RuleAssert.Refused(RecordMeetingValidation.Check(ValidMeeting with { NetworkMembers = [null] }), "networkMembers");
    }

    [Theory]
    [InlineData(true, "attended", true)]
    [InlineData(true, "views-shared", true)]
    [InlineData(true, "too-young", false)]
    [InlineData(false, "too-young", true)]
    [InlineData(false, "attended", false)]
    public void How_the_child_took_part_matches_whether_they_did(bool tookPart, string how, bool valid)
    {
        var errors = RecordMeetingValidation.Check(ValidMeeting with { ChildParticipation = new ChildParticipationRequest(tookPart, how) });
        if (valid) RuleAssert.Accepted(errors); else RuleAssert.Refused(errors, "childParticipation.how");
    }

    [Fact]
    public void Whether_the_child_took_part_is_required() =>
        RuleAssert.Refused(RecordMeetingValidation.Check(ValidMeeting with { ChildParticipation = new ChildParticipationRequest(null, "attended") }), "childParticipation.tookPart");
}
