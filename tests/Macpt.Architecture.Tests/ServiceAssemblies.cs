extern alias advocacy;
extern alias conferences;
extern alias enquiries;
extern alias familynetworks;
extern alias gateway;
extern alias identity;
extern alias referrals;
extern alias reporting;
using System.Reflection;

namespace Macpt.Architecture.Tests;

/// <summary>
/// The compiled services and gateway. Each is anchored on its <c>Program</c> through the extern alias
/// of its project reference (see the .csproj for why not a DbContext).
/// </summary>
internal static class ServiceAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(referrals::Program).Assembly,
        typeof(enquiries::Program).Assembly,
        typeof(conferences::Program).Assembly,
        typeof(familynetworks::Program).Assembly,
        typeof(advocacy::Program).Assembly,
        typeof(reporting::Program).Assembly,
        typeof(gateway::Program).Assembly,
        typeof(identity::Program).Assembly,
    ];

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);
}
