using Macpt.FamilyNetworks.Domain;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// Children Act 1989 s.31ZA (Children's Wellbeing and Schools Act 2026 s.1): if at least one person offered accepts, the
/// meeting must be held; it is declined only when everyone offered has declined.
/// </summary>
public sealed class MeetingGoesAheadIfAnyOneAcceptsTests
{
    private static FamilyNetworkMeetingRequest OfferedToBoth()
    {
        var r = New();
        r.RecordOffer(Offer(toFather: true), Today);
        return r;
    }

    [Fact]
    public void One_decline_of_two_leaves_the_offer_awaiting_the_other()
    {
        var r = OfferedToBoth();
        r.RecordAnswer(Answer(false), Today);
        Assert.Equal(RequestStatus.Offered, r.Status);
        Assert.Null(r.AcceptedOn);
    }

    [Fact]
    public void One_acceptance_is_enough_even_after_the_other_declined()
    {
        var r = OfferedToBoth();
        r.RecordAnswer(Answer(false, "2026-11-18"), Today);
        r.RecordAnswer(Answer(true, "2026-11-19", Father), Today);
        Assert.Equal(RequestStatus.Accepted, r.Status);
        Assert.Equal(D("2026-11-19"), r.AcceptedOn);
        r.Allocate(Coordinator("2026-11-19"), Today);
        Hold(r);
        Assert.Equal(RequestStatus.Held, r.Status);
    }

    [Fact]
    public void A_later_decline_does_not_stop_a_meeting_someone_accepted()
    {
        var r = OfferedToBoth();
        r.RecordAnswer(Answer(true), Today);
        r.RecordAnswer(Answer(false, personId: Father), Today);
        Assert.Equal(RequestStatus.Accepted, r.Status);
    }

    [Fact]
    public void Declined_only_when_everyone_offered_declined()
    {
        var r = OfferedToBoth();
        r.RecordAnswer(Answer(false), Today);
        r.RecordAnswer(Answer(false, personId: Father), Today);
        Assert.Equal(RequestStatus.Declined, r.Status);
    }

    [Fact]
    public void The_offer_is_settled_by_one_acceptance_even_with_others_still_to_answer()
    {
        var r = OfferedToBoth();
        Assert.False(MeetingGoesAheadIfAnyOneAccepts.IsSettled(r.Offer!, r.Answers));
        r.RecordAnswer(Answer(true), Today);
        Assert.True(MeetingGoesAheadIfAnyOneAccepts.IsSettled(r.Offer!, r.Answers));
    }

    [Fact]
    public void A_decline_while_someone_is_still_to_answer_does_not_settle_it_the_last_answer_does()
    {
        var r = OfferedToBoth();
        r.RecordAnswer(Answer(false), Today);
        Assert.False(MeetingGoesAheadIfAnyOneAccepts.IsSettled(r.Offer!, r.Answers));
        r.RecordAnswer(Answer(false, personId: Father), Today);
        Assert.True(MeetingGoesAheadIfAnyOneAccepts.IsSettled(r.Offer!, r.Answers));
    }
}
