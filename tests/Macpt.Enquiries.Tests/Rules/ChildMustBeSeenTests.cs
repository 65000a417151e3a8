using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>An enquiry is not completed without the child seen, or the reason recorded (422 on notSeenReason).</summary>
public sealed class ChildMustBeSeenTests
{
    [Fact]
    public void The_child_seen_holds()
    {
        var enquiry = Fixtures.Enquiry();
        enquiry.RecordChildSeen(new ChildSeen(D("2026-11-30"), true, "Words.", null, "sw-12"));
        RuleAssert.Holds(new ChildMustBeSeen(enquiry, null));
    }

    [Fact]
    public void Not_seen_with_the_reason_holds() => RuleAssert.Holds(new ChildMustBeSeen(Fixtures.Enquiry(), "Admitted to hospital."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Not_seen_without_a_reason_is_broken(string? reason) =>
        RuleAssert.Broken(new ChildMustBeSeen(Fixtures.Enquiry(), reason), "notSeenReason", RuleKind.Unprocessable);
}
