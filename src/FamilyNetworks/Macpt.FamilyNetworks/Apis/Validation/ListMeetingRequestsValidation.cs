using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>The requests list's filters name known codes, and its page is in range (400 when not).</summary>
public static class ListMeetingRequestsValidation
{
    public static RequestErrors Check(MeetingRequestsQuery q, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("stage", q.Stage, FamilyNetworkStages.All);
        errors.OptionalOneOf("status", q.Status, RequestStatus.All);
        errors.OptionalOneOf("awaiting", q.Awaiting, MeetingRequestsQuery.WorkLists.Keys.ToList());
        page.Check(errors);
        return errors;
    }
}
