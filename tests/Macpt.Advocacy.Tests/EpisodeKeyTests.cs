using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Tests;

/// <summary>Events are matched to an episode by their referral, else by the child and the enquiry; keys hold ids only.</summary>
public sealed class EpisodeKeyTests
{
    private static readonly Guid Referral = Guid.Parse("0195a1b2-0000-7000-8000-000000000001");
    private static readonly Guid Enquiry = Guid.Parse("0195a1b2-0000-7000-8000-000000000002");

    [Fact]
    public void The_referral_names_the_episode_whatever_else_the_event_carries() =>
        Assert.Equal(EpisodeKey.ForReferral(Referral), EpisodeKey.Of(Referral, "C1", Enquiry));

    [Fact]
    public void Without_a_referral_the_child_and_the_enquiry_name_it() =>
        Assert.Equal("child:C1:enquiry:0195a1b2000070008000000000000002", EpisodeKey.Of(null, "C1", Enquiry));

    [Fact]
    public void With_neither_the_episode_must_be_found_from_the_child() => Assert.Null(EpisodeKey.Of(null, "C1", null));

    [Fact]
    public void The_same_referral_always_gives_the_same_key() =>
        Assert.Equal(EpisodeKey.ForReferral(Referral), EpisodeKey.ForReferral(Guid.Parse(Referral.ToString())));

    [Fact]
    public void Keys_of_different_children_differ_for_the_same_enquiry() =>
        Assert.NotEqual(EpisodeKey.ForEnquiry("C1", Enquiry), EpisodeKey.ForEnquiry("C2", Enquiry));

    [Fact]
    public void A_key_fits_its_column() =>
        Assert.True(EpisodeKey.ForOwnEvent("C2345678901234567890", "conference", Enquiry).Length <= 120);
}
