using Macpt.Contracts.FamilyNetworks;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What a practitioner's request for a meeting must carry (400 when not).</summary>
public static class RequestMeetingValidation
{
    public static RequestErrors Check(RequestMeetingRequest r)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.OneOf("stage", r.Stage, FamilyNetworkStages.All);
        // A practitioner's request always names its episode, so it meets the event-made request for the same stage.
        errors.Id("referralId", r.ReferralId);
        return errors;
    }
}
