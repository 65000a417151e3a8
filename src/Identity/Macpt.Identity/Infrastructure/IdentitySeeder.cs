using System.Text.Json;
using Macpt.Contracts;
using Macpt.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Macpt.Identity.Infrastructure;

/// <summary>
/// Creates or updates the development clients and practitioners named in the seed file, once the database is
/// migrated. Replicas starting together take turns on an advisory lock. Secrets and passwords are stored only
/// as hashes and never logged.
/// </summary>
internal sealed partial class IdentitySeeder(IServiceProvider services, IOptions<IdentitySettings> settings, ILogger<IdentitySeeder> logger) : IHostedService
{
    /// <summary>The public client a person uses from the command line with the password grant (local runs only).</summary>
    public const string CommandLineClient = "macpt-cli";
    public const string WebClient = "macpt-web";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.SeedFile is not { Length: > 0 } file || !File.Exists(file)) return;
        var seed = JsonSerializer.Deserialize<DevelopmentIdentities>(await File.ReadAllTextAsync(file, cancellationToken))
            ?? throw new InvalidOperationException("The identity seed file is empty.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Another replica may be seeding (hashing every secret is slow on a loaded machine): wait for it, as the migration
        // lock waits, rather than fail this replica's start after the default 30 s.
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('macpt-identity-seed'))", cancellationToken);
        db.Database.SetCommandTimeout(null);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var scopes = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        foreach (var name in ServiceNames.Apis)
        {
            if (await scopes.FindByNameAsync(name, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = name, Resources = { name } }, cancellationToken);
            }
        }
        foreach (var (clientId, secret) in seed.Clients)
        {
            var details = seed.ClientDetails.GetValueOrDefault(clientId)
                ?? throw new InvalidOperationException("A seeded client has no agency and scopes.");
            await UpsertAsync(applications, SystemClient(clientId, secret, details), cancellationToken);
        }
        if (settings.Value.AllowPasswordGrant) await UpsertAsync(applications, CommandLine(), cancellationToken);
        if (settings.Value.WebRedirectUri is { Length: > 0 } redirect) await UpsertAsync(applications, WebApp(new Uri(redirect)), cancellationToken);

        foreach (var (username, user) in seed.Users)
        {
            var practitioner = await db.Practitioners.FindAsync([username], cancellationToken);
            if (practitioner is null)
            {
                practitioner = new Practitioner(username, user.Agency, user.Team, user.Roles, user.ProfessionalRegistration);
                db.Practitioners.Add(practitioner);
            }
            else
            {
                practitioner.Update(user.Agency, user.Team, user.Roles, user.ProfessionalRegistration);
            }
            if (!practitioner.SignsInWith(user.Password)) practitioner.SetPasswordHash(Passwords.Hash(practitioner, user.Password));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, seed.Clients.Count, seed.Users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor SystemClient(string clientId, string secret, DevelopmentClient details)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = clientId,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in details.Scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        descriptor.Properties[ClientProperties.Agency] = JsonSerializer.SerializeToElement(details.Agency);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor CommandLine()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = CommandLineClient,
            ClientType = ClientTypes.Public,
            DisplayName = "Macpt command line (local runs only)",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.Password },
        };
        foreach (var scope in ServiceNames.Apis) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }

    /// <summary>The practitioners' web app: a public client that signs people in with the code flow and PKCE.</summary>
    private static OpenIddictApplicationDescriptor WebApp(Uri redirect)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClient,
            ClientType = ClientTypes.Public,
            DisplayName = "Macpt web app",
            RedirectUris = { redirect },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var scope in ServiceNames.Apis) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }

    private static async Task UpsertAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null) await applications.CreateAsync(descriptor, ct);
        else await applications.UpdateAsync(existing, descriptor, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development identities seeded: {Clients} clients, {Users} practitioners")]
    private static partial void LogSeeded(ILogger logger, int clients, int users);
}

/// <summary>What a system client's registration holds beyond OpenIddict's own fields.</summary>
public static class ClientProperties
{
    public const string Agency = "macpt_agency";
}
