using Macpt.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

/// <summary>
/// Binds <c>?page=&amp;pageSize=</c> under the names the OpenAPI document must show and hands over the one
/// <see cref="PageQuery"/>: bound directly with <c>[AsParameters]</c>, PageQuery is documented as <c>Page</c> and
/// <c>PageSize</c>. Goes once PageQuery names its parameters itself.
/// </summary>
public sealed record ListPage([FromQuery(Name = "page")] int? Page = null, [FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public PageQuery Query => new(Page, PageSize);
}
