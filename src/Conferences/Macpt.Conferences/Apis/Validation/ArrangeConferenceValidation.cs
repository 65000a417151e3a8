using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>
/// The shape of arrangements. The working day, the chair's independence, the late reason and the advocates not
/// invited again are the conference's rules (<see cref="ChildProtectionConference.Arrange"/>).
/// </summary>
public static class ArrangeConferenceValidation
{
    public const int MaxVenueLength = 500;
    public const int MaxLateReasonLength = 2000;

    public static RequestErrors Check(ArrangementsRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.FutureDate("date", r.Date, today);
        if (errors.OneOf("mode", r.Mode, ConferenceModes.All) && ConferenceModes.NeedsVenue(r.Mode!)) errors.Text("venue", r.Venue, MaxVenueLength);
        else if (r.Venue is { Length: > MaxVenueLength }) errors.Add("venue", RequestErrors.Messages.TooLong(MaxVenueLength));
        errors.Practitioner("chairId", r.ChairId);
        errors.Each("invitees", r.Invitees, RequestErrorsLists.MaxPeople, (f, invitee) =>
        {
            errors.OneOf($"{f}.kind", invitee.Kind, InviteeKinds.All);
            errors.Practitioner($"{f}.personId", invitee.PersonId);
            if (invitee.Kind == InviteeKinds.Agency) errors.OneOf($"{f}.agency", invitee.Agency, Agencies.Conference);
            else errors.OptionalOneOf($"{f}.agency", invitee.Agency, Agencies.Conference);
        });
        if (r.LateReason is { Length: > MaxLateReasonLength }) errors.Add("lateReason", RequestErrors.Messages.TooLong(MaxLateReasonLength));
        return errors;
    }
}
