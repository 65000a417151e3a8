using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Domain;

/// <summary>The stages run Section 47 → conference → plan; events may arrive out of order, and the furthest one wins.</summary>
public static class EpisodeStages
{
    public static int Rank(string stage) => stage switch
    {
        AdvocacyStages.Section47 => 1,
        AdvocacyStages.Conference => 2,
        AdvocacyStages.Plan => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not an advocacy stage."),
    };

    public static string Furthest(string current, string reached) => Rank(reached) > Rank(current) ? reached : current;
}
