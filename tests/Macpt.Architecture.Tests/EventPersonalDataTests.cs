using System.Reflection;
using Macpt.Contracts;
using Macpt.Contracts.Referrals;

namespace Macpt.Architecture.Tests;

/// <summary>
/// Events carry ids, dates and codes, not names, dates of birth, addresses or free text about a
/// family (ARCHITECTURE.md, "Identifiers and personal data"): every consumer, queue and error queue
/// would otherwise hold them.
/// </summary>
public sealed class EventPersonalDataTests
{
    private static readonly string[] PersonalDataStems =
    [
        "FirstName", "LastName", "Name", "DateOfBirth", "Dob", "ExpectedDateOfBirth", "Address", "Postcode",
        "NhsNumber", "Upn", "Concerns", "Reason", "Notes", "Email", "Phone",
    ];

    /// <summary>
    /// The census characteristics a consumer truly needs (ARCHITECTURE.md: "unless a consumer truly needs them"): an
    /// unborn child's expected date of birth makes the conference a pre-birth one, and a birth recorded links the unborn
    /// record to the child (codes.md: PersonBirthDate, ExpectedPersonBirthDate). Never names, addresses or free text; each
    /// is named here by its event, so any other date of birth on the bus still fails.
    /// </summary>
    private static readonly string[] CensusCharacteristics =
    [
        "Macpt.Contracts.Referrals.ReferralDecided.ExpectedDateOfBirth",
        "Macpt.Contracts.Enquiries.Section47EnquiryCompleted.ExpectedDateOfBirth",
        "Macpt.Contracts.Conferences.UnbornChildBorn.DateOfBirth",
    ];

    /// <summary>Static code lists, not messages.</summary>
    private const string CodeListNamespace = "Macpt.Contracts.Cin";

    private static IEnumerable<Type> ContractTypes() => typeof(ContractTypes).Assembly.GetTypes()
        .Where(t => t.Namespace is { } ns
            && (ns == "Macpt.Contracts" || ns.StartsWith("Macpt.Contracts.", StringComparison.Ordinal))
            && ns != CodeListNamespace && !ns.StartsWith(CodeListNamespace + ".", StringComparison.Ordinal));

    [Fact]
    public void The_events_are_among_the_types_checked()
    {
        Assert.Contains(typeof(ReferralReceived), ContractTypes());
        Assert.Contains(typeof(ReferralDecided), ContractTypes());
    }

    [Fact]
    public void A_coded_reason_is_allowed_but_a_free_text_one_is_not()
    {
        Assert.Contains(typeof(Macpt.Contracts.Conferences.ChildProtectionPlanEnded).GetProperties(), p => p.Name == "EndReasonCode");
        Assert.DoesNotContain(ContractTypes().SelectMany(t => t.GetProperties()), p => p.Name == "Reason");
    }

    [Fact]
    public void No_contract_property_is_named_like_personal_data()
    {
        var offending = ContractTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                // A name ending in "Code" holds a value from a fixed code list (a CIN reason for closure, say), not free text.
                .Where(p => !p.Name.EndsWith("Code", StringComparison.Ordinal))
                .Where(p => PersonalDataStems.Any(stem => p.Name.Contains(stem, StringComparison.OrdinalIgnoreCase)))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .Except(CensusCharacteristics);

        Assert.Empty(offending);
    }
}
