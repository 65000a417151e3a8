using Macpt.Contracts;
using Macpt.Contracts.Escalations;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What raising, answering, escalating and resolving a disagreement must carry. Errors name fields, never values.</summary>
public static class DisagreementValidation
{
    public const int MaxTextLength = 10_000;

    public static RequestErrors Check(RaiseDisagreementRequest r, string callerAgency)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.OneOf("subject", r.Subject, DisagreementSubjects.All);
        errors.OptionalId("subjectId", r.SubjectId);
        if (errors.OneOf("aboutAgency", r.AboutAgency, Agencies.All) && r.AboutAgency == callerAgency && callerAgency != Agencies.LocalAuthority)
            errors.Add("aboutAgency", "A disagreement is with another agency's decision: name that agency.");
        errors.Text("concern", r.Concern, MaxTextLength);
        return errors;
    }

    public static RequestErrors Check(RespondToDisagreementRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("response", r.Response, MaxTextLength);
        return errors;
    }

    public static RequestErrors Check(EscalateDisagreementRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("reason", r.Reason, MaxTextLength);
        return errors;
    }

    public static RequestErrors Check(ResolveDisagreementRequest r)
    {
        var errors = new RequestErrors();
        errors.OneOf("outcome", r.Outcome, DisagreementOutcomes.All);
        errors.Text("summary", r.Summary, MaxTextLength);
        return errors;
    }
}
