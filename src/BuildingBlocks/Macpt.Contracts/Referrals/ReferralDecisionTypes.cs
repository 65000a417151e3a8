namespace Macpt.Contracts.Referrals;

/// <summary>The responses to a referral (Working Together 2023, ch. 4: decided within one working day).</summary>
public static class ReferralDecisionTypes
{
    public const string NoFurtherAction = "no-further-action";
    public const string FamilyHelp = "family-help";
    public const string StrategyDiscussion = "strategy-discussion";
    /// <summary>Emergency action taken or needed: the strategy discussion is due at once.</summary>
    public const string ImmediateProtection = "immediate-protection";

    public static IReadOnlyList<string> All { get; } = [NoFurtherAction, FamilyHelp, StrategyDiscussion, ImmediateProtection];

    public static bool NeedsStrategyDiscussion(string decision) =>
        decision is StrategyDiscussion or ImmediateProtection;
}
