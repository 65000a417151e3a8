using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Macpt.Persistence.Audit;

/// <summary>The service whose records are audited, and who acts when no request does (its consumers).</summary>
public sealed record AuditedService(string Name)
{
    /// <summary>The service itself, acting for the local authority: what a consumer's change is audited as.</summary>
    public Actor SystemActor { get; } = new(Name, MacptClaims.SystemKind, Name, Contracts.Agencies.LocalAuthority, null, new HashSet<string>());

    /// <summary>The request's verified actor; the service's own system actor when no request is in flight.</summary>
    public Actor ActorOf(HttpContext? http) =>
        http is null ? SystemActor : Actor.From(http.User) ?? SystemActor;
}
