using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A guide sent names its stage, language and channel, the day it went (not in the future) and who sent it.</summary>
public static class SendGuideValidation
{
    public static RequestErrors Check(SendGuideRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("stage", r.Stage, GuideStages.All);
        LanguageCode.Check(errors, "language", r.Language);
        errors.OneOf("channel", r.Channel, ContactChannels.All);
        errors.PastDate("sentOn", r.SentOn, today);
        return errors;
    }
}
