using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>Each service is up on its own database and the broker, and documents its API.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ServiceSurfaceTests(MacptSystem system)
{
    [Theory]
    [InlineData("referrals")]
    [InlineData("enquiries")]
    [InlineData("conferences")]
    [InlineData("familynetworks")]
    [InlineData("advocacy")]
    [InlineData("reporting")]
    public async Task Each_service_is_healthy_has_its_own_migrated_database_and_an_openapi_document(string service)
    {
        using var client = system.ServiceClient(service);
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var document = await openApi.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());

        Assert.Equal(1, await system.CountAsync(service, "SELECT count(*) FROM pg_database WHERE datname = current_database() AND datname = @name", ("name", service)));
        Assert.True(await system.CountAsync(service, "SELECT count(*) FROM \"__EFMigrationsHistory\"") >= 1);
        Assert.Equal(2, await system.CountAsync(service, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('outbox_messages','inbox_messages')"));
    }

    [Fact]
    public async Task The_referrals_openapi_document_describes_the_referral_endpoints()
    {
        using var client = system.ServiceClient("referrals");
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/referrals", out _) || paths.TryGetProperty("/api/referrals/", out _));
        Assert.True(paths.TryGetProperty("/api/referrals/{id}/decision", out _));
    }
}
