using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A request's episode is its referral where there is one, else the record that asked for it.</summary>
public sealed class RequestEpisodeTests
{
    [Fact]
    public void The_referral_is_the_episode_whatever_asked()
    {
        var referral = Guid.NewGuid();
        Assert.Equal(referral, RequestEpisode.For(referral, Guid.NewGuid()));
        Assert.Equal(referral, RequestEpisode.For(referral, null));
    }

    [Fact]
    public void Without_a_referral_the_record_that_asked_is_the_episode()
    {
        var enquiry = Guid.NewGuid();
        Assert.Equal(enquiry, RequestEpisode.For(null, enquiry));
    }

    [Fact]
    public void Neither_is_refused() => Assert.Throws<ArgumentException>(() => RequestEpisode.For(null, null));
}
