using System.Globalization;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>
/// Reads counts written in digits ("120", "1,491", "13 388") or in English words ("forty-two",
/// "One hundred and sixteen", "Three hundred thirty-five", "twelve thousand").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>The pattern of a count in words, for use inside larger regexes (no groups).</summary>
    public const string Pattern =
        @"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:[- ](?:hundred|thousand)(?:(?: and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)?){0,2})";

    /// <summary>Parses a whole count in digits (with thousands separators) or words; false when it is neither.</summary>
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (char.IsDigit(trimmed[0]))
        {
            return TryParseDigits(trimmed, out value);
        }

        return TryParseWords(trimmed, out value);
    }

    /// <summary>Parses the count at the start of <paramref name="text"/> (digits or words), ignoring what follows.</summary>
    public static bool TryParseLeading(string text, out int value) => TryParse(text, out value);

    private static bool TryParseDigits(string text, out int value)
    {
        // "1,491", "13 388" and "13\u2009388" group thousands; a group after the first has exactly three digits.
        Span<char> digits = stackalloc char[Math.Min(text.Length, 16)];
        var length = 0;
        var groupLength = 0;
        var separated = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (length == digits.Length)
                {
                    value = 0;
                    return false;
                }

                digits[length++] = NumberPatterns.AsciiDigit(c);
                groupLength++;
            }
            else if (c is ',' or ' ' or '\u2009' or '\u202F' or '\u00A0' && groupLength > 0 && (length == groupLength ? groupLength <= 3 : groupLength == 3))
            {
                groupLength = 0;
                separated = true;
            }
            else
            {
                value = 0;
                return false;
            }
        }

        if (separated && groupLength != 3)
        {
            value = 0;
            return false; // "1,49" is a decimal comma, not a count
        }

        return int.TryParse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseWords(string text, out int value)
    {
        value = 0;
        var current = 0;
        var any = false;
        foreach (var raw in text.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd(',', '.');
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                any = true;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && any)
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase) && any)
            {
                value += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else
            {
                return false;
            }
        }

        value += current;
        return any;
    }
}
