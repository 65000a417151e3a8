using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An exit from the child protection process ends the episode only at the stage it ends: no conference after a
/// Section 47 ends an episode still at the enquiry; no plan at the initial conference ends one not on a plan; the end
/// of the plan ends any (Working Together 2023, ch. 4: "Section 47 enquiries ... no further child protection action",
/// "the initial child protection conference ... decides a plan is not needed", "discontinuing the child protection
/// plan"). An episode already past it (a child on a plan whose new enquiry needs no conference) goes on.
/// </summary>
public sealed class ExitEndsTheEpisodeAtItsStage(Episode episode, EpisodeExit exit) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() =>
        !episode.IsOpen || EpisodeStages.Rank(episode.Stage) > EpisodeStages.Rank(EpisodeEndReasons.FurthestStageEnded(exit.Reason));

    public override string Message => "The episode has ended already or has gone past the stage this exit ends.";
}
