using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// For the end-to-end tests only (switched on by <c>Macpt:Testing:ClockHeader</c>, which only the test
/// run sets): a request may say what "now" is in the <c>X-Macpt-Test-Now</c> header, so deadlines
/// and due lists can be tested across weekends and bank holidays against the real, out-of-process
/// services. Without the header, and everywhere off a request, it is the system clock.
/// </summary>
internal sealed class RequestHeaderTimeProvider(IHttpContextAccessor accessor) : TimeProvider
{
    public const string HeaderName = "X-Macpt-Test-Now";

    public override DateTimeOffset GetUtcNow()
    {
        var header = accessor.HttpContext?.Request.Headers[HeaderName].ToString();
        return !string.IsNullOrEmpty(header) && DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? now.ToUniversalTime()
            : base.GetUtcNow();
    }
}
