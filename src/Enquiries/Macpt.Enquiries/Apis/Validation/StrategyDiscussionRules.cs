using Macpt.Contracts;
using Agencies = Macpt.Enquiries.Domain.Agencies;
using Macpt.Enquiries.Domain;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>What convening a strategy discussion and recording its outcome must carry. Errors name fields, never values.</summary>
public static class StrategyDiscussionRules
{
    public const int MaxTextLength = 10_000;
    public const int MaxAttendees = 30;
    public const int MaxSafetyActions = 30;

    public static Dictionary<string, string[]> Check(ConveneRequest r, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.ScheduledFor is not { } at) errors["scheduledFor"] = ["The date and time of the discussion are required."];
        else if (at < now.AddDays(-30)) errors["scheduledFor"] = ["A discussion cannot be convened more than 30 days in the past."];
        CheckId(r.ChairId, "chairId", errors);
        CheckAttendees(r.Attendees, "attendees", errors);
        if (r.DiscussedWith is { Count: > 10 }) errors["discussedWith"] = ["At most 10 other children discussed together."];
        else if (r.DiscussedWith is { } others && (others.Contains(Guid.Empty) || others.Distinct().Count() != others.Count))
            errors["discussedWith"] = ["The other discussions' ids must be distinct and not empty."];
        return errors;
    }

    public static Dictionary<string, string[]> Check(NewStrategyDiscussionRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Contracts.Cin.LaChildId.IsValid(r.LaChildId)) errors["laChildId"] = ["The local authority child id is required (at most 20 letters and digits)."];
        if (r.Urgency is null || !StrategyDiscussionUrgency.All.Contains(r.Urgency))
            errors["urgency"] = [$"The urgency must be one of: {string.Join(", ", StrategyDiscussionUrgency.All)}."];
        if (string.IsNullOrWhiteSpace(r.Concern)) errors["concern"] = ["The new concern is required."];
        else if (r.Concern.Length > MaxTextLength) errors["concern"] = [$"The concern is longer than {MaxTextLength} characters."];
        if (r.ReferralId == Guid.Empty) errors["referralId"] = ["The referral id, when given, is not empty."];
        CheckId(r.RequestedBy, "requestedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(OutcomeRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.HeldOn is not { } heldOn) errors["heldOn"] = ["The date the discussion was held is required."];
        else if (heldOn > today) errors["heldOn"] = ["The date held is in the future."];
        if (r.ThresholdMet is null) errors["thresholdMet"] = ["Whether the Section 47 threshold is met is required."];
        if (string.IsNullOrWhiteSpace(r.Reasons)) errors["reasons"] = ["The reasons for the threshold decision are required."];
        else if (r.Reasons.Length > MaxTextLength) errors["reasons"] = [$"The reasons are longer than {MaxTextLength} characters."];
        CheckAttendees(r.Attended, "attended", errors);
        if (r.SafetyActions is { Count: > MaxSafetyActions }) errors["safetyActions"] = [$"At most {MaxSafetyActions} immediate safety actions."];
        else if (r.SafetyActions is { } actions)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var at = $"safetyActions[{i}]";
                if (actions[i] is not { } a) { errors[at] = ["The action is required."]; continue; }
                if (string.IsNullOrWhiteSpace(a.Action)) errors[$"{at}.action"] = ["What is to be done is required."];
                else if (a.Action.Length > 2000) errors[$"{at}.action"] = ["The action is longer than 2000 characters."];
                if (a.OwnerAgency is null || !Agencies.All.Contains(a.OwnerAgency)) errors[$"{at}.ownerAgency"] = [$"The owner agency must be one of: {string.Join(", ", Agencies.All)}."];
                if (a.DueBy is null) errors[$"{at}.dueBy"] = ["The due date is required."];
                else if (r.HeldOn is { } held && held <= today && a.DueBy < held) errors[$"{at}.dueBy"] = ["An immediate safety action is due on or after the discussion."];
            }
        }
        CheckId(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    private static void CheckAttendees(IReadOnlyList<AttendeeRequest?>? attendees, string field, Dictionary<string, string[]> errors)
    {
        if (attendees is not { Count: > 0 }) { errors[field] = ["At least one attendee is required."]; return; }
        if (attendees.Count > MaxAttendees) { errors[field] = [$"At most {MaxAttendees} attendees."]; return; }
        for (var i = 0; i < attendees.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (attendees[i] is not { } a) { errors[at] = ["The attendee is required."]; continue; }
            if (a.Agency is null || !Agencies.All.Contains(a.Agency)) errors[$"{at}.agency"] = [$"The agency must be one of: {string.Join(", ", Agencies.All)}."];
            if (string.IsNullOrWhiteSpace(a.Role)) errors[$"{at}.role"] = ["The attendee's role is required."];
            else if (a.Role.Length > 100) errors[$"{at}.role"] = ["The role is longer than 100 characters."];
            if (a.PractitionerId is not null && !PractitionerId.IsValid(a.PractitionerId)) errors[$"{at}.practitionerId"] = ["The practitioner's id must be a short id (letters, digits, - _ .)."];
        }
    }

    private static void CheckId(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors[field] = ["The practitioner's id is required."];
        else if (!PractitionerId.IsValid(id)) errors[field] = ["The practitioner's id must be a short id (letters, digits, - _ .)."];
    }
}
