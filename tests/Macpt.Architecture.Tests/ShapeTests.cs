using System.Reflection;
using System.Text.RegularExpressions;
using Macpt.Rules;

namespace Macpt.Architecture.Tests;

/// <summary>
/// The one shape every service takes (issue "One shape"): rules are classes the aggregate checks, endpoints
/// are thin, and validation, idempotency, paging and agency codes have one way each.
/// </summary>
public sealed partial class ShapeTests
{
    public static TheoryData<string> Services => new(ServiceSources.Services);

    /// <summary>Write handlers fit on a screen: shape, load, domain, save.</summary>
    private const int MaxHandlerBodyLines = 20;
    private const int MaxHandlerParameters = 6;

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_has_the_same_folders(string service)
    {
        var missing = ServiceSources.Folders.Where(f => !Directory.Exists(Path.Combine(ServiceSources.ProjectFolder(service), f))).ToArray();
        Assert.True(missing.Length == 0, $"{service} lacks {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_type_in_Domain_Rules_is_a_business_rule(string service)
    {
        var assembly = ServiceAssemblies.Named($"Macpt.{service}");
        var rules = RuleNamespaceTypes(assembly);
        var notRules = rules.Where(t => !typeof(IBusinessRule).IsAssignableFrom(t)).Select(t => t.Name).ToArray();

        Assert.NotEmpty(rules);
        Assert.True(notRules.Length == 0, $"{service}: not rules, yet in Domain/Rules: {string.Join(", ", notRules)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_business_rule_lives_in_Domain_Rules(string service)
    {
        var misplaced = ServiceAssemblies.Named($"Macpt.{service}").GetTypes()
            .Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace?.EndsWith(".Domain.Rules", StringComparison.Ordinal) != true)
            .Select(t => t.FullName).ToArray();
        Assert.True(misplaced.Length == 0, $"{service}: rules outside Domain/Rules: {string.Join(", ", misplaced)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void No_handler_checks_a_rule_or_throws(string service)
    {
        var offending = ServiceSources.CodeLines(ServiceSources.Files(service, "Apis"))
            .Where(l => l.Text.Contains("throw ", StringComparison.Ordinal)
                || l.Text.Contains(".IsBroken(", StringComparison.Ordinal)
                || l.Text.Contains("Rule.Check(", StringComparison.Ordinal)
                || l.Text.Contains("RuleBrokenException", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: Apis/ checks rules itself at {string.Join(", ", offending)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_refuses_only_through_rules(string service)
    {
        // A refusal a request can reach is a named rule (Rule.Check), answered by the one mapper, not an
        // InvalidOperationException that would be a 500.
        var offending = ServiceSources.CodeLines(ServiceSources.Files(service, "Domain").Concat(ServiceSources.Files(service, "Application")))
            .Where(l => l.Text.Contains("throw new InvalidOperationException", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: throws instead of a rule at {string.Join(", ", offending)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Write_handlers_fit_on_a_screen(string service)
    {
        var handlers = ServiceSources.Files(service, "Apis").SelectMany(ServiceSources.Handlers).ToList();
        var tooLong = handlers.Where(h => h.BodyLines > MaxHandlerBodyLines).Select(h => $"{h.Handler} ({h.BodyLines} lines, {h.File})").ToArray();

        Assert.NotEmpty(handlers);
        Assert.True(tooLong.Length == 0, $"{service}: handlers over {MaxHandlerBodyLines} lines: {string.Join("; ", tooLong)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Handlers_take_a_parameter_object_not_a_long_list(string service)
    {
        // Dependencies come bundled in one [AsParameters] record; a handler names only what the request carries.
        var handlers = ServiceAssemblies.Named($"Macpt.{service}").GetTypes()
            .Where(t => t.Namespace?.EndsWith(".Apis", StringComparison.Ordinal) == true && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                && typeof(Microsoft.AspNetCore.Http.IResult).IsAssignableFrom(m.ReturnType.GetGenericArguments()[0]))
            .ToList();
        var tooMany = handlers.Where(m => m.GetParameters().Length > MaxHandlerParameters).Select(m => $"{m.Name} ({m.GetParameters().Length})").ToArray();

        Assert.NotEmpty(handlers);
        Assert.True(tooMany.Length == 0, $"{service}: handlers with more than {MaxHandlerParameters} parameters: {string.Join(", ", tooMany)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Requests_are_validated_one_way(string service)
    {
        // RequestErrors is the one validation: no service builds its own error dictionaries.
        var offending = ServiceSources.CodeLines(ServiceSources.AllFiles(service))
            .Where(l => l.Text.Contains("new Dictionary<string, string[]>", StringComparison.Ordinal) || ErrorAssignment().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: hand-built validation at {string.Join(", ", offending)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Lists_are_never_cut_silently(string service)
    {
        var offending = ServiceSources.CodeLines(ServiceSources.Files(service, "Apis").Concat(ServiceSources.Files(service, "Application")))
            .Where(l => FixedTake().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: a list cut at a fixed size at {string.Join(", ", offending)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Idempotency_keys_go_through_the_one_path(string service)
    {
        // Only IdempotentCreation reads or writes the keys; the DbContext just maps the table; every create binds
        // the key as one IdempotentRequest.
        var offending = ServiceSources.CodeLines(ServiceSources.AllFiles(service))
            .Where(l => (l.Text.Contains("IdempotencyRecord", StringComparison.Ordinal) && !l.Text.Contains("AddIdempotencyRecords()", StringComparison.Ordinal))
                || l.Text.Contains("FromHeader(Name = IdempotencyKey.HeaderName)", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: idempotency keys handled by hand at {string.Join(", ", offending)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Agency_codes_come_from_the_one_list(string service)
    {
        var offending = ServiceSources.CodeLines(ServiceSources.AllFiles(service))
            .Where(l => AgencyLiteral().IsMatch(l.Text) || l.Text.Contains("class Agencies", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(offending.Length == 0, $"{service}: its own agency codes at {string.Join(", ", offending)}");
    }

    [Fact]
    public void The_checks_see_what_they_look_for()
    {
        // Guards the text checks: a handler is found and measured, and an agency literal is matched.
        var handlers = ServiceSources.Files("Referrals", "Apis").SelectMany(ServiceSources.Handlers).ToList();
        Assert.Contains(handlers, h => h.Handler == "DecideReferral" && h.BodyLines > 3);
        Assert.Matches(AgencyLiteral(), "x = \"education\";");
        Assert.Matches(FixedTake(), ".Take(500)");
        Assert.Matches(ErrorAssignment(), "errors[\"x\"] = [\"y\"];");
    }

    private static Type[] RuleNamespaceTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.Namespace?.EndsWith(".Domain.Rules", StringComparison.Ordinal) == true
            && !t.IsNested && !t.Name.StartsWith('<') && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
        .ToArray();

    [GeneratedRegex(@"\.Take\(\d+\)")]
    private static partial Regex FixedTake();

    [GeneratedRegex(@"errors\[""[^""]*""\]\s*=")]
    private static partial Regex ErrorAssignment();

    [GeneratedRegex(@"""(local-authority|police|health|education|school|family-help|probation|housing)""")]
    private static partial Regex AgencyLiteral();
}
