using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Macpt.AppHost;

/// <summary>
/// After RabbitMQ is up and before any service starts, through the management API on loopback as the generated
/// administrator: one user per service (and, in a test run, one for the tests), each with its generated password
/// and permissions on the one vhost; the default <c>guest</c> user is deleted.
/// </summary>
internal static class RabbitMqUsers
{
    public static async Task EnsureAsync(LocalServerSettings s, IEnumerable<string> users, CancellationToken ct)
    {
        // The management listener can come up a moment after AMQP.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureOnceAsync(s, users, ct);
                return;
            }
            catch (HttpRequestException) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    private static async Task EnsureOnceAsync(LocalServerSettings s, IEnumerable<string> users, CancellationToken ct)
    {
        using var http = ManagementClient(s, LocalServerSettings.RabbitAdminUser, s.Secret("rabbitmq-" + LocalServerSettings.RabbitAdminUser));
        foreach (var user in users)
        {
            await SendAsync(http, HttpMethod.Put, $"api/users/{Uri.EscapeDataString(user)}", new { password = s.Secret("rabbitmq-" + user), tags = "" }, ct);
            await SendAsync(http, HttpMethod.Put, $"api/permissions/%2F/{Uri.EscapeDataString(user)}", new { configure = ".*", write = ".*", read = ".*" }, ct);
        }
        using var deleted = await http.DeleteAsync("api/users/guest", ct);
        if (deleted.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.NotFound)) deleted.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A data folder from before these users existed has only guest: make the administrator with it, once.
    /// A fresh node is created with the administrator (rabbitmq.conf's default_user) and no guest at all.
    /// </summary>
    public static async Task AdoptAsync(LocalServerSettings s, CancellationToken ct)
    {
        using var http = ManagementClient(s, "guest", "guest");
        await SendAsync(http, HttpMethod.Put, $"api/users/{LocalServerSettings.RabbitAdminUser}",
            new { password = s.Secret("rabbitmq-" + LocalServerSettings.RabbitAdminUser), tags = "administrator" }, ct);
        await SendAsync(http, HttpMethod.Put, $"api/permissions/%2F/{LocalServerSettings.RabbitAdminUser}", new { configure = ".*", write = ".*", read = ".*" }, ct);
    }

    private static HttpClient ManagementClient(LocalServerSettings s, string user, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{s.RabbitManagementPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http;
    }

    private static async Task SendAsync(HttpClient http, HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await http.SendAsync(request, ct);
        // The status only: the body could echo what was sent.
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"RabbitMQ management {method} {path.Split('/')[1]} answered {(int)response.StatusCode}.");
    }
}
