using Macpt.ServiceDefaults;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Macpt.Gateway.Access;

/// <summary>
/// Who is acting travels only in the access token, which goes on to the service (it checks it again). Any
/// header a client sends that once claimed an identity is dropped, and so is the test clock header unless this
/// gateway runs for the test suite (<c>Gateway:ForwardTestClock</c>).
/// </summary>
public static class CallerHeaders
{
    public const string TestClockHeader = "X-Macpt-Test-Now";
    public const string ApiKeyHeader = "X-Api-Key";

    public static Action<TransformBuilderContext> Apply(bool forwardTestClock) => builder => builder.AddRequestTransform(context =>
    {
        var headers = context.ProxyRequest.Headers;
        headers.Remove(Callers.AgencyHeader);
        headers.Remove(Callers.CallerHeader);
        headers.Remove(ApiKeyHeader);
        if (!forwardTestClock) headers.Remove(TestClockHeader);
        return ValueTask.CompletedTask;
    });
}
