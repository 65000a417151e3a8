using Macpt.Enquiries.Apis;
using Macpt.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// The lists' query parameters are documented (OpenAPI) under the names a client sends, camelCase:
/// <c>[AsParameters]</c> would otherwise name them after the records' PascalCase properties.
/// </summary>
public sealed class ListParameterNamesTests
{
    [Fact]
    public async Task Each_list_documents_its_filters_and_page_and_page_size()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddEndpointsApiExplorer();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/discussions", ([AsParameters] StrategyDiscussionQuery q, [AsParameters] PageQuery page) => 1);
        app.MapGet("/enquiries", ([AsParameters] Section47EnquiryQuery q, [AsParameters] PageQuery page) => 1);
        app.MapGet("/checks", ([AsParameters] AgencyCheckQuery q, [AsParameters] PageQuery page) => 1);
        await app.StartAsync();
        var lists = app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .ToDictionary(d => d.RelativePath!, d => d.ParameterDescriptions.Select(p => p.Name).ToArray());
        await app.StopAsync();

        Assert.Equal(["referralId", "status", "due", "page", "pageSize"], lists["discussions"]);
        Assert.Equal(["referralId", "icpcTarget", "page", "pageSize"], lists["enquiries"]);
        Assert.Equal(["agency", "enquiryId", "status", "service", "page", "pageSize"], lists["checks"]);
    }

    [Fact]
    public async Task The_documented_names_are_the_ones_bound()
    {
        var builder = WebApplication.CreateBuilder();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/discussions", ([AsParameters] StrategyDiscussionQuery q, [AsParameters] PageQuery page) =>
            $"{q.ReferralId}|{q.Status}|{q.Due}|{page.Number}|{page.Size}");
        app.MapGet("/checks", ([AsParameters] AgencyCheckQuery q, [AsParameters] PageQuery page) => $"{q.Agency}|{q.EnquiryId}|{q.Status}|{q.Service}|{page.Number}|{page.Size}");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var id = Guid.NewGuid();

        Assert.Equal($"{id}|held|today|2|5", await client.GetStringAsync($"/discussions?referralId={id}&status=held&due=today&page=2&pageSize=5"));
        Assert.Equal("|||1|50", await client.GetStringAsync("/discussions"));
        Assert.Equal($"health|{id}|late|gp|3|200", await client.GetStringAsync($"/checks?agency=health&enquiryId={id}&status=late&service=gp&page=3&pageSize=200"));
        await app.StopAsync();
    }
}
