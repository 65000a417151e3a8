using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// The census 2026-27 <c>PreProceedingsandFGDM</c> block (N00826–N00834) of one pre-proceedings, derived from what is
/// recorded: the letter's date and whether it carried the family group decision-making offer, whether that meeting was
/// facilitated (the child's pre-proceedings FGDM request for the referral was held), the meetings, the step decision, the
/// outcome as a CS131 code (<see cref="PreProceedingsOptions.OutcomeCodes"/>, configurable: the code meanings are unverified).
/// </summary>
public sealed class PreProceedingsCensus(FamilyNetworksDbContext db, IOptions<PreProceedingsOptions> options)
{
    public async Task<CensusBlock> ForAsync(PreProceedings p, CancellationToken ct)
    {
        var fgdmHeld = await db.MeetingRequests.AnyAsync(r => r.LaChildId == p.LaChildId && r.ReferralId == p.ReferralId
            && r.Stage == FamilyNetworkStages.PreProceedings && r.Status == RequestStatus.Held, ct);
        return Derive(p, fgdmHeld, options.Value);
    }

    /// <summary>The block from the record and whether the FGDM meeting was held (the one query).</summary>
    public static CensusBlock Derive(PreProceedings p, bool fgdmMeetingHeld, PreProceedingsOptions options)
    {
        var offered = p.Letter?.FamilyGroupDecisionMakingOffered;
        return new(
            p.StartDate,
            p.Letter?.SentOn,
            offered,
            // Facilitated (9010Q: only when offered): a meeting held at the pre-proceedings stage of the referral.
            offered is null ? null : offered.Value && fgdmMeetingHeld,
            p.InitialMeetingOn,
            p.ReviewMeetings,
            p.Outcome?.DecidedOn,
            p.Outcome is { } o ? options.OutcomeCodes.GetValueOrDefault(o.Outcome) : null,
            p.Outcome?.CourtApplicationOn,
            p.Outcome?.LetterOfIssueOn);
    }

    public static PreProceedingsRecorded Announce(PreProceedings p, CensusBlock c) =>
        new(p.Id, p.ReferralId, p.LaChildId, c.PPStartDate, c.LBPSentDate, c.FGDMMeetingOffer, c.FGDMMeetingFac, c.InitialPPMeetingDate,
            c.ReviewMeetingsCount, c.StepDecisionDate, c.PPOutcome, c.CourtAppDate, c.LetterInitCPDate);
}

/// <summary>The census block's items, named as the census names them (yes/no items as booleans, null when not known yet).</summary>
public sealed record CensusBlock(
    DateOnly PPStartDate,
    DateOnly? LBPSentDate,
    bool? FGDMMeetingOffer,
    bool? FGDMMeetingFac,
    DateOnly? InitialPPMeetingDate,
    int ReviewMeetingsCount,
    DateOnly? StepDecisionDate,
    string? PPOutcome,
    DateOnly? CourtAppDate,
    DateOnly? LetterInitCPDate);

/// <summary>
/// Local settings for pre-proceedings (<c>FamilyNetworks:PreProceedings</c> in appsettings). <see cref="OutcomeCodes"/> maps
/// each outcome to its census <c>PPOutcome</c> code (CS131: A, B, C); the meanings of the codes are unverified
/// (codes.md), so the mapping is configuration, to be confirmed against the DfE's guide.
/// </summary>
public sealed class PreProceedingsOptions
{
    public const string Section = "FamilyNetworks:PreProceedings";

    public Dictionary<string, string> OutcomeCodes { get; set; } = new()
    {
        [PreProceedingsOutcomes.ProceedingsIssued] = "A",
        [PreProceedingsOutcomes.SteppedDown] = "B",
        [PreProceedingsOutcomes.EndedOtherwise] = "C",
    };
}
