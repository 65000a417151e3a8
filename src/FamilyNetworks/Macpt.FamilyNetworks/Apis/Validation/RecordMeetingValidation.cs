using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>
/// What a meeting as held must carry: its date, the network (at least one member, each with what they offer,
/// an empty list if nothing), whether and how the child took part, private family time (400 when not); who records it is the caller.
/// </summary>
public static class RecordMeetingValidation
{
    public static RequestErrors Check(MeetingHeldRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("heldOn", r.HeldOn);
        if (errors.List("networkMembers", r.NetworkMembers, FieldLimits.NetworkMembers))
        {
            if (r.NetworkMembers!.Count == 0) errors.Add("networkMembers", RequestErrors.Messages.Required);
            for (var i = 0; i < r.NetworkMembers.Count; i++) Member(errors, $"networkMembers[{i}]", r.NetworkMembers[i]!);
        }
        if (errors.Required("childParticipation", r.ChildParticipation) && errors.Required("childParticipation.tookPart", r.ChildParticipation!.TookPart))
        {
            var ways = r.ChildParticipation.TookPart!.Value ? ChildParticipationWays.TookPart : ChildParticipationWays.DidNotTakePart;
            errors.OneOf("childParticipation.how", r.ChildParticipation.How, ways);
        }
        errors.Required("privateFamilyTime", r.PrivateFamilyTime);
        return errors;
    }

    private static void Member(RequestErrors errors, string at, NetworkMemberRequest m)
    {
        errors.Text($"{at}.name", m.Name, FieldLimits.NameLength);
        errors.OneOf($"{at}.relationship", m.Relationship, NetworkRelationships.All);
        if (errors.Required($"{at}.offers", m.Offers)) errors.AllOneOf($"{at}.offers", m.Offers, NetworkOffers.All, required: false);
        errors.Required($"{at}.present", m.Present);
    }
}
