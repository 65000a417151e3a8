using Macpt.Contracts.Cin;
using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using static Macpt.FamilyNetworks.Apis.Validation.FieldErrors;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What asking for, offering, answering, coordinating, dating and recording a meeting must carry (400 when not).</summary>
public static class MeetingRequestRules
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxOfferedTo = 10;
    public const int MaxNetworkMembers = 50;
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    public static Dictionary<string, string[]> Check(RequestMeetingRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!LaChildId.IsValid(r.LaChildId)) errors["laChildId"] = [$"The LA child id is required: up to {LaChildId.MaxLength} letters and digits."];
        Code(r.Stage, FamilyNetworkStages.All, "stage", "The stage", errors);
        // A practitioner's request always names its episode, so it meets the event-made request for the same stage.
        if (r.ReferralId is null || r.ReferralId == Guid.Empty) errors["referralId"] = ["The referral (episode) id is required."];
        Practitioner(r.RequestedBy, "requestedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(OfferRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.OfferedTo is not { Count: > 0 }) errors["offeredTo"] = ["Who the meeting was offered to is required."];
        else if (r.OfferedTo.Count > MaxOfferedTo) errors["offeredTo"] = [$"At most {MaxOfferedTo} people."];
        else
        {
            for (var i = 0; i < r.OfferedTo.Count; i++)
            {
                var at = $"offeredTo[{i}]";
                if (r.OfferedTo[i] is not { } p) { errors[at] = ["The person is required."]; continue; }
                Text(p.Name, $"{at}.name", MaxNameLength, "The person's name", errors);
                Code(p.Relationship, OfferedRelationships.All, $"{at}.relationship", "The relationship", errors);
            }
        }
        Required(r.OfferedOn, "offeredOn", "The date of the offer", errors);
        Practitioner(r.OfferedBy, "offeredBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(AnswerRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Code(r.Answer, [Accepted, Declined], "answer", "The answer", errors);
        Required(r.AnsweredOn, "answeredOn", "The date of the answer", errors);
        if (r.Answer == Declined) Text(r.DeclineReason, "declineReason", MaxTextLength, "The family's reason for declining", errors);
        else if (r.Answer == Accepted && r.DeclineReason is not null) errors["declineReason"] = ["A reason for declining is given only with a declined answer."];
        Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(CoordinatorRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Practitioner(r.CoordinatorId, "coordinatorId", errors);
        Required(r.Independent, "independent", "Whether the coordinator is independent of the case", errors);
        Required(r.AllocatedOn, "allocatedOn", "The date of allocation", errors);
        Practitioner(r.AllocatedBy, "allocatedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(MeetingDateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Required(r.ScheduledFor, "scheduledFor", "The meeting's date", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(MeetingHeldRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Required(r.HeldOn, "heldOn", "The date the meeting was held", errors);
        if (r.NetworkMembers is not { Count: > 0 }) errors["networkMembers"] = ["At least one network member is required."];
        else if (r.NetworkMembers.Count > MaxNetworkMembers) errors["networkMembers"] = [$"At most {MaxNetworkMembers} network members."];
        else
        {
            for (var i = 0; i < r.NetworkMembers.Count; i++)
            {
                var at = $"networkMembers[{i}]";
                if (r.NetworkMembers[i] is not { } m) { errors[at] = ["The network member is required."]; continue; }
                Text(m.Name, $"{at}.name", MaxNameLength, "The member's name", errors);
                Code(m.Relationship, NetworkRelationships.All, $"{at}.relationship", "The relationship to the child", errors);
                if (m.Offers is null) errors[$"{at}.offers"] = ["What the member offers is required (an empty list if nothing)."];
                else if (m.Offers.Any(o => o is null || !NetworkOffers.All.Contains(o)) || m.Offers.Distinct().Count() != m.Offers.Count)
                    errors[$"{at}.offers"] = [$"Each offer must be one of: {string.Join(", ", NetworkOffers.All)}, once."];
                Required(m.Present, $"{at}.present", "Whether the member was at the meeting", errors);
            }
        }
        if (r.ChildParticipation is not { } child) errors["childParticipation"] = ["Whether and how the child took part is required."];
        else if (child.TookPart is not { } tookPart) errors["childParticipation.tookPart"] = ["Whether the child took part is required."];
        else
        {
            var ways = tookPart ? ChildParticipationWays.TookPart : ChildParticipationWays.DidNotTakePart;
            Code(child.How, ways, "childParticipation.how", tookPart ? "How the child took part" : "Why the child did not take part", errors);
        }
        Required(r.PrivateFamilyTime, "privateFamilyTime", "Whether the family had private family time", errors);
        Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }
}
