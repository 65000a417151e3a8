namespace Macpt.Contracts.Cin;

/// <summary>
/// The NHS number: ten digits, the tenth a modulus 11 check digit. Not an item of the CIN census
/// schema (which has no NHS number); a referral carries it to match the child to health records.
/// </summary>
/// <remarks>
/// <para>Check digit: multiply the first nine digits by the weights 10, 9, …, 2 and add the products;
/// the check digit is 11 − (sum mod 11), except that 11 becomes 0 and 10 means no number with those
/// nine digits is valid.</para>
/// <para>Accepted forms: ten ASCII digits (<c>9434765919</c>), or the 3-3-4 grouping with single
/// spaces or single hyphens, the same separator both times (<c>943 476 5919</c>,
/// <c>943-476-5919</c>). Nothing else: no surrounding or other white space, no other grouping, no
/// mixed separators, no non-ASCII digits. Callers trim user input themselves.</para>
/// <para>Only the check digit rule is applied. Nothing else is rejected: in particular every
/// all-same-digit number (<c>0000000000</c> … <c>9999999999</c>) passes the modulus 11 check, and
/// so is accepted; no issuing-range rule is applied either.</para>
/// <para>The number is personal data: no message produced here contains it.</para>
/// </remarks>
public static class NhsNumber
{
    public const int Length = 10;

    /// <summary>True when <paramref name="value"/> is an NHS number in one of the accepted forms with a correct check digit.</summary>
    public static bool IsValid(string? value) => TryNormalise(value, out _);

    /// <summary>
    /// The ten digits of <paramref name="value"/> (separators removed) when it is a valid NHS number
    /// in one of the accepted forms; otherwise false, and <paramref name="digits"/> is empty.
    /// </summary>
    public static bool TryNormalise(string? value, out string digits)
    {
        digits = string.Empty;
        if (value is null) return false;

        Span<char> buffer = stackalloc char[Length];
        if (value.Length == Length)
        {
            value.AsSpan().CopyTo(buffer);
        }
        else if (value.Length == Length + 2 && value[3] is ' ' or '-' && value[7] == value[3])
        {
            value.AsSpan(0, 3).CopyTo(buffer);
            value.AsSpan(4, 3).CopyTo(buffer[3..]);
            value.AsSpan(8, 4).CopyTo(buffer[6..]);
        }
        else
        {
            return false;
        }

        if (!char.IsAsciiDigit(buffer[9]) || !TryComputeCheckDigit(buffer[..9], out var check) || buffer[9] - '0' != check)
        {
            return false;
        }

        digits = new string(buffer);
        return true;
    }

    /// <summary>The ten digits of a valid NHS number; throws <see cref="FormatException"/> (without the value in its message) otherwise.</summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryNormalise(value, out var digits) ? digits : throw new FormatException("The value is not a valid NHS number.");
    }

    /// <summary>
    /// The check digit for nine ASCII digits; false when the input is not nine ASCII digits or when
    /// the modulus 11 result is 10 (no valid NHS number starts with those nine digits).
    /// </summary>
    public static bool TryComputeCheckDigit(ReadOnlySpan<char> firstNine, out int checkDigit)
    {
        checkDigit = 0;
        if (firstNine.Length != Length - 1) return false;

        var sum = 0;
        for (var i = 0; i < firstNine.Length; i++)
        {
            if (!char.IsAsciiDigit(firstNine[i])) return false;
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var result = 11 - sum % 11;
        if (result == 10) return false;
        checkDigit = result == 11 ? 0 : result;
        return true;
    }
}
