using Macpt.ServiceDefaults;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Macpt.Gateway.Access;

/// <summary>
/// Services learn who called from headers only the gateway sets: whatever a client sent under those
/// names is dropped, and the API key itself never travels further than the gateway.
/// </summary>
public static class CallerHeaders
{
    public static void Apply(TransformBuilderContext builder) => builder.AddRequestTransform(context =>
    {
        var headers = context.ProxyRequest.Headers;
        headers.Remove(Callers.AgencyHeader);
        headers.Remove(Callers.CallerHeader);
        headers.Remove(CallerGate.ApiKeyHeader);
        headers.Authorization = null;
        if (context.HttpContext.Items[typeof(Caller)] is Caller caller)
        {
            headers.TryAddWithoutValidation(Callers.AgencyHeader, caller.Agency);
            headers.TryAddWithoutValidation(Callers.CallerHeader, caller.Id);
        }
        return ValueTask.CompletedTask;
    });
}
