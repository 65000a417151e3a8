using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Macpt.LoadGenerator;

/// <summary>
/// What checking one access token costs a service: a real token from the gateway, validated the way every
/// service's JwtBearer does it (signature with the published RSA key, issuer, audience, lifetime, type), many
/// times on one thread. Prints CPU microseconds and bytes allocated per validation.
/// </summary>
public static class TokenValidationCost
{
    public sealed record Result(int Validations, double CpuMicrosecondsPerValidation, double WallMicrosecondsPerValidation, long BytesAllocatedPerValidation, string Algorithm);

    public static async Task<Result> RunAsync(Uri gateway, BenchTokens tokens, int validations)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var keys = new JsonWebKeySet(await http.GetStringAsync(".well-known/jwks"));
        var issuer = (await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration")).GetProperty("issuer").GetString();
        var token = await tokens.FrontDoorAsync(CancellationToken.None);
        var handler = new JsonWebTokenHandler();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = "referrals",
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        var first = await handler.ValidateTokenAsync(token, parameters);
        if (!first.IsValid) throw new InvalidOperationException("The benchmark's token does not validate: " + first.Exception?.GetType().Name);

        for (var i = 0; i < 200; i++) await handler.ValidateTokenAsync(token, parameters); // warm-up
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < validations; i++)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (!result.IsValid) throw new InvalidOperationException("A validation failed midway.");
        }
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - bytes0;
        var header = JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[0])).RootElement;
        return new Result(validations, Math.Round(cpu.TotalMicroseconds / validations, 1), Math.Round(wall.Elapsed.TotalMicroseconds / validations, 1),
            bytes / validations, header.GetProperty("alg").GetString() ?? "?");
    }
}
