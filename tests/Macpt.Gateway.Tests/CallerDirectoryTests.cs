using Macpt.Gateway.Access;
using Microsoft.Extensions.Options;

namespace Macpt.Gateway.Tests;

public sealed class CallerDirectoryTests
{
    private static CallerDirectory With(params (string Id, string Agency, string Key)[] callers) =>
        new(Options.Create(new CallerOptions
        {
            Callers = callers.Select(c => new CallerEntry { Id = c.Id, Agency = c.Agency, KeySha256 = CallerDirectory.Hash(c.Key) }).ToList(),
        }));

    [Fact]
    public void A_key_finds_its_caller_and_agency()
    {
        var directory = With(("mash", "local-authority", "k-la"), ("thames-valley", "police", "k-police"));
        Assert.Equal(new Caller("thames-valley", "police"), directory.Find("k-police"));
        Assert.Equal(new Caller("mash", "local-authority"), directory.Find("k-la"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("k-Police")]
    [InlineData("k-police ")]
    public void Any_other_key_finds_nobody(string? key) =>
        Assert.Null(With(("thames-valley", "police", "k-police")).Find(key));

    [Fact]
    public void An_overlong_key_is_not_even_hashed() =>
        Assert.Null(With(("thames-valley", "police", new string('k', 300))).Find(new string('k', 300)));

    [Fact]
    public void A_caller_configured_with_an_unknown_agency_stops_the_gateway_starting() =>
        Assert.Throws<OptionsValidationException>(() => With(("x", "social-care", "k")));

    [Fact]
    public void The_hash_is_lower_case_hex_sha256() =>
        Assert.Equal("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", CallerDirectory.Hash("foo"));
}
