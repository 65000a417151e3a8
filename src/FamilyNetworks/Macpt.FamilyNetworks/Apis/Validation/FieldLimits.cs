namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>How long a text and how many entries a list of this service's requests may hold.</summary>
public static class FieldLimits
{
    public const int NameLength = 200;
    public const int TextLength = 4000;
    public const int SafeguardTextLength = 2000;
    public const int OfferedTo = 10;
    public const int NetworkMembers = 50;
    public const int Safeguards = 50;
}
