namespace Macpt.Enquiries.Apis.Validation;

/// <summary>How much the enquiries service's requests may carry.</summary>
public static class Limits
{
    public const int Text = 10_000;
    public const int ShortText = 2000;
    public const int Role = 100;
    public const int Attendees = 30;
    public const int SafetyActions = 30;
    public const int DiscussedWith = 10;
}
