using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Application;
using Macpt.Referrals.Infrastructure;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.Referrals.Tests;

/// <summary>
/// Every endpoint's parameters bind ([AsParameters] services from DI, page and filters from the query, one body):
/// building the request delegates fails here, not at the first request to a running service.
/// </summary>
public sealed class EndpointBindingTests
{
    [Fact]
    public void Every_referrals_endpoint_builds()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddDbContext<ReferralsDbContext>(o => o.UseNpgsql("Host=unused"));
        builder.Services.AddScoped<IOutbox>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Calendar);
        builder.Services.AddScoped<IdempotentCreation<ReferralsDbContext>>();
        builder.Services.AddScoped<ReferralIntake>();
        var app = builder.Build();
        app.MapReferralsApi();
        app.MapConsultationsApi();

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

        Assert.Equal(10, endpoints.Count);
        Assert.All(endpoints, e => Assert.NotNull(e.RequestDelegate));
    }
}
