using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>The child seen: when (not in the future), whether alone, their own words and wishes, who else was seen (roles); who recorded it is the token's actor.</summary>
public static class ChildSeenValidation
{
    public static RequestErrors Check(ChildSeenRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("seenOn", r.SeenOn, today);
        errors.Required("seenAlone", r.SeenAlone);
        errors.Text("childsWords", r.ChildsWords, Limits.Text);
        errors.OptionalText("othersSeen", r.OthersSeen, Limits.ShortText);
        return errors;
    }
}
