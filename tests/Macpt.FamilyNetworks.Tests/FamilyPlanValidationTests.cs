using Macpt.FamilyNetworks.Apis;
using Macpt.FamilyNetworks.Apis.Validation;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A family plan has safeguards, each with what, who, when and the contingency; revisions, reviews and ends carry theirs.</summary>
public sealed class FamilyPlanValidationTests
{
    private static readonly SafeguardRequest School = new("Collects from school", "A Grandmother", "Daily at 15:15", "A Friend collects");
    private static readonly PlanRequest ValidPlan = new(D("2026-11-20"), [School], true, D("2026-12-20"));

    [Fact]
    public void A_valid_plan_is_accepted() => RuleAssert.Accepted(AgreePlanValidation.Check(ValidPlan));

    [Fact]
    public void A_plan_with_no_safeguards_is_refused()
    {
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = [] }), "safeguards");
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = null }), "safeguards");
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = Enumerable.Repeat<SafeguardRequest?>(School, 51).ToList() }), "safeguards");
    }

    [Fact]
    public void Each_safeguard_needs_what_who_when_and_the_contingency()
    {
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = [School with { Responsible = " " }] }), "safeguards[0].responsible");
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = [School, null, new SafeguardRequest(null, null, null, null)] }),
            "safeguards");
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = [School, new SafeguardRequest(null, null, null, null)] }),
            "safeguards[1].action", "safeguards[1].responsible", "safeguards[1].when", "safeguards[1].contingency");
        RuleAssert.Refused(AgreePlanValidation.Check(ValidPlan with { Safeguards = [School with { Contingency = new string('x', 2001) }] }), "safeguards[0].contingency");
    }

    [Fact]
    public void A_plan_says_when_it_was_agreed_whether_the_local_authority_agrees_and_its_review_date() =>
        RuleAssert.Refused(AgreePlanValidation.Check(new PlanRequest(null, [School], null, null)),
            "agreedOn", "localAuthorityAgrees", "reviewDue");

    [Fact]
    public void A_revision_names_the_version_it_replaces()
    {
        RuleAssert.Accepted(RevisePlanValidation.Check(new PlanRevisionRequest(1, D("2026-11-20"), [School], false, D("2026-12-20"))));
        RuleAssert.Refused(RevisePlanValidation.Check(new PlanRevisionRequest(0, D("2026-11-20"), [], false, D("2026-12-20"))), "revisesVersion", "safeguards");
    }

    [Fact]
    public void A_review_and_an_end_carry_their_fields()
    {
        RuleAssert.Accepted(ReviewPlanValidation.Check(new PlanReviewRequest(D("2026-11-20"), D("2026-12-20"), null)));
        RuleAssert.Refused(ReviewPlanValidation.Check(new PlanReviewRequest(null, null, new string('x', 4001))), "reviewedOn", "nextReviewDue", "notes");
        RuleAssert.Accepted(EndPlanValidation.Check(new PlanEndRequest(D("2026-11-20"), "achieved")));
        RuleAssert.Refused(EndPlanValidation.Check(new PlanEndRequest(null, "bored")), "endedOn", "reason");
    }

    [Fact]
    public void Safeguards_are_stored_trimmed() =>
        Assert.Equal("A Grandmother", (ValidPlan with { Safeguards = [School with { Responsible = "  A Grandmother " }] }).ToTerms("lcpp-1").Safeguards[0].Responsible);
}
