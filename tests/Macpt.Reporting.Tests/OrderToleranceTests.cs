namespace Macpt.Reporting.Tests;

/// <summary>Events from five services arrive in any order, and may be replayed: the projection is the same every time.</summary>
public sealed class OrderToleranceTests
{
    [Fact]
    public void Any_arrival_order_projects_the_same_rows()
    {
        var expected = Project.Events(Case.All).Text();
        var random = new Random(17);
        for (var i = 0; i < 200; i++)
        {
            var shuffled = Case.All.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Project.Events(shuffled).Text());
        }
    }

    [Fact]
    public void The_reverse_order_closes_every_duty_its_closing_event_closes()
    {
        var projection = Project.Events(Case.All.Reverse().ToArray());

        Assert.Empty(projection.Open());
        Assert.Equal(Project.Events(Case.All).Text(), projection.Text());
    }

    [Fact]
    public void A_replayed_event_changes_nothing()
    {
        Assert.Equal(Project.Events(Case.All).Text(), Project.Events([.. Case.All, Case.Decided, Case.HealthAnswered, Case.CoreGroupMet]).Text());
    }

    [Fact]
    public void A_closing_event_alone_opens_no_work_item_and_the_opening_one_later_leaves_it_closed()
    {
        Assert.Empty(Project.Events(Case.HealthAnswered).WorkItems);

        var item = Project.Events(Case.HealthAnswered, Case.HealthAsked).Item("agency-check");
        Assert.Equal(D("2016-03-08"), item.ClosedOn);
        Assert.True(item.Discharged);
    }
}
