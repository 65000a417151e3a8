using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.ServiceDefaults.Paging;

/// <summary>
/// The page a list request asks for (<c>?page=&amp;pageSize=</c>, bound with <c>[AsParameters]</c>). Every list
/// answers <see cref="Paged{T}"/>: at most <see cref="MaxPageSize"/> items, in a stable order, nothing cut silently.
/// </summary>
public sealed record PageQuery([FromQuery(Name = "page")] int? Page = null, [FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Number => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;
    public int Skip => (Number - 1) * Size;

    public bool Check(RequestErrors errors)
    {
        var valid = errors.OptionalRange("pageSize", PageSize, 1, MaxPageSize);
        // The offset must fit PostgreSQL's int: beyond it no list has items anyway.
        return errors.OptionalRange("page", Page, 1, int.MaxValue / MaxPageSize) && valid;
    }
}

/// <summary>One page of a list: the items, where it is, and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public Paged<TView> Select<TView>(Func<T, TView> view) => new(Items.Select(view).ToList(), Page, PageSize, Total);
}
