using Macpt.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence;

public static class QueryablePaging
{
    /// <summary>
    /// The asked-for page of an ordered query and the total. The order must end on a unique key
    /// (the id), so pages neither repeat nor skip rows. A page past the end is an empty page.
    /// </summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IOrderedQueryable<T> ordered, PageQuery page, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = total <= page.Skip ? [] : await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Paged<T>(items, page.Number, page.Size, total);
    }
}
