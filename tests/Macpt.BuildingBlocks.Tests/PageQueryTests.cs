using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;
using Macpt.Testing;

namespace Macpt.BuildingBlocks.Tests;

/// <summary>The one paged list: 50 by default, at most 200, pages from 1.</summary>
public sealed class PageQueryTests
{
    [Fact]
    public void Without_paging_the_first_page_of_fifty_is_asked_for()
    {
        var page = new PageQuery();
        Assert.Equal((1, 50, 0), (page.Number, page.Size, page.Skip));
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(3, 200, true)]
    [InlineData(1, 201, false)]
    [InlineData(1, 0, false)]
    [InlineData(0, 50, false)]
    [InlineData(-1, 50, false)]
    public void Page_and_size_are_checked(int page, int size, bool valid)
    {
        var errors = new RequestErrors();
        new PageQuery(page, size).Check(errors);
        Assert.Equal(valid, errors.IsValid);
    }

    [Fact]
    public void A_page_far_past_any_list_is_refused_before_its_offset_overflows()
    {
        var errors = new RequestErrors();
        new PageQuery(int.MaxValue, 200).Check(errors);
        RuleAssert.Refused(errors, "page");
    }

    [Fact]
    public void The_offset_counts_whole_pages()
    {
        Assert.Equal(40, new PageQuery(3, 20).Skip);
    }
}
