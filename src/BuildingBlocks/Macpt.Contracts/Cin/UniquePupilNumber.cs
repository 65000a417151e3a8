namespace Macpt.Contracts.Cin;

/// <summary>
/// The unique pupil number (<c>UPN</c> and <c>FormerUPN</c>, schema type <c>upntype</c>, CIN schema
/// 2024 and the 2025-26 derived schema): 13 characters, a check letter, the 3-digit LA number,
/// the 4-digit establishment number, the 2-digit year of issue and a 3-digit serial; a temporary
/// UPN has a letter in place of the serial's last digit.
/// </summary>
/// <remarks>
/// <para>Format, as the schema's <c>upntype</c> patterns give it: <c>[A-Za-z]\d{12}</c> or
/// <c>[A-Za-z]\d{11}[A-Za-z]</c>. Letters may be lower case there, so lower case is accepted and
/// <see cref="TryNormalise"/> returns the upper-case form. Digits are ASCII only (XSD's <c>\d</c>
/// would admit any Unicode decimal digit).</para>
/// <para>Check letter (census rule 1510, the DfE's UPN guidance): multiply characters 2 to 13 by
/// the weights 2 to 13, a digit counting as itself and a letter in character 13 as its place in
/// <see cref="CheckLetters"/> (A = 0 … Z = 22, no I, O or S); the sum mod 23, looked up in
/// <see cref="CheckLetters"/>, is character 1.</para>
/// <para>A property of the algorithm: in character 13 a digit and the letter of the same value
/// (1 and B, 2 and C, …, 0 and A) give the same check letter, so both forms are valid.</para>
/// <para>Where the schema and the algorithm part: the schema allows any letter in characters 1 and
/// 13, but I, O and S have no value in the table, so a UPN with one of them in character 13 (census
/// rule 1550) or character 1 has the schema's format (<see cref="HasSchemaFormat"/>) and is still
/// not valid (<see cref="IsValid"/>).</para>
/// <para>Characters 2-4 are not checked against the list of LA codes (census rule 1530 needs that
/// list; it is not part of this class), nor is uniqueness (rule 1520).</para>
/// <para>The UPN is personal data: no message produced here contains it.</para>
/// </remarks>
public static class UniquePupilNumber
{
    public const int Length = 13;

    /// <summary>The check letters in value order: A = 0, B = 1, … H = 7, J = 8, … N = 12, P = 13, Q, R = 15, T = 16, … Z = 22.</summary>
    public const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private const int Modulus = 23;

    /// <summary>True when <paramref name="upn"/> matches the schema's <c>upntype</c> patterns (format only, no check letter).</summary>
    public static bool HasSchemaFormat(string? upn)
    {
        if (upn is null || upn.Length != Length || !char.IsAsciiLetter(upn[0])) return false;
        for (var i = 1; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(upn[i])) return false;
        }

        return char.IsAsciiDigit(upn[^1]) || char.IsAsciiLetter(upn[^1]);
    }

    /// <summary>True when <paramref name="upn"/> has the schema's format and the right check letter (either case).</summary>
    public static bool IsValid(string? upn) => TryNormalise(upn, out _);

    /// <summary>
    /// The upper-case form of <paramref name="upn"/> when it is valid; otherwise false, and
    /// <paramref name="normalised"/> is empty. No trimming: the input must be exactly 13 characters.
    /// </summary>
    public static bool TryNormalise(string? upn, out string normalised)
    {
        normalised = string.Empty;
        if (!HasSchemaFormat(upn)) return false;

        var upper = upn!.ToUpperInvariant();
        if (!TryComputeCheckLetter(upper.AsSpan(1), out var expected) || upper[0] != expected) return false;

        normalised = upper;
        return true;
    }

    /// <summary>The upper-case form of a valid UPN; throws <see cref="FormatException"/> (without the value in its message) otherwise.</summary>
    public static string Normalise(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        return TryNormalise(upn, out var normalised) ? normalised : throw new FormatException("The value is not a valid unique pupil number.");
    }

    /// <summary>True when <paramref name="upn"/> is a valid temporary UPN (a letter in character 13).</summary>
    public static bool IsTemporary(string? upn) => IsValid(upn) && char.IsAsciiLetter(upn![^1]);

    /// <summary>
    /// The check letter for characters 2 to 13 of a UPN: eleven ASCII digits then an ASCII digit or
    /// a letter of <see cref="CheckLetters"/> (either case). False for anything else, including I, O
    /// or S in the last place.
    /// </summary>
    public static bool TryComputeCheckLetter(ReadOnlySpan<char> lastTwelve, out char checkLetter)
    {
        checkLetter = '\0';
        if (lastTwelve.Length != Length - 1) return false;

        var sum = 0;
        for (var i = 0; i < lastTwelve.Length; i++)
        {
            var c = lastTwelve[i];
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (i == lastTwelve.Length - 1 && char.IsAsciiLetter(c))
            {
                value = CheckLetters.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
                if (value < 0) return false;
            }
            else
            {
                return false;
            }

            sum += value * (i + 2);
        }

        checkLetter = CheckLetters[sum % Modulus];
        return true;
    }
}
