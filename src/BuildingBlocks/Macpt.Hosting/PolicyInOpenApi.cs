using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Macpt.Hosting;

/// <summary>
/// Names each operation's access policy in the OpenAPI document (<c>x-macpt-policy</c>): the policy an endpoint
/// requires, <c>anonymous</c> where none is needed, or <c>actor</c> where it declared none (any verified
/// caller), so the access matrix and <c>docs/security.md</c> are checked against what the service really enforces.
/// </summary>
internal static class PolicyInOpenApi
{
    public const string Extension = "x-macpt-policy";

    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<IAllowAnonymous>().Any() ? "anonymous"
            : metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null) ?? "actor";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(policy));
        return Task.CompletedTask;
    }
}
