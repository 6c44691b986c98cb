using System.Text;
using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Hardening.Tests.Regexes;

/// <summary>
/// Inputs that make backtracking regexes slow: long runs that almost match, repeated separators, nesting,
/// and, per pattern, its own words and punctuation repeated (what a pattern looks for is what makes it try hardest).
/// </summary>
internal static class AdversarialText
{
    /// <summary>Characters per input: long enough that quadratic work shows as a timeout, short enough to run fast.</summary>
    public const int Size = 20_000;

    public static IReadOnlyList<(string Name, string Text)> General { get; } =
    [
        ("repeated digits", Repeat("1")),
        ("digits and dots", Repeat("1.")),
        ("digits and commas", Repeat("1,")),
        ("digits and spaces", Repeat("1 ")),
        ("decimal run", "0." + Repeat("9")),
        ("open parentheses", Repeat("(")),
        ("close parentheses", Repeat(")")),
        ("nested parentheses", Repeat("(1") + Repeat(")")),
        ("bracket pairs", Repeat("()[]")),
        ("p < p < p", Repeat("p < ")),
        ("P = P = P", Repeat("P = ")),
        ("p<0.0p<0.0", Repeat("p<0.0")),
        ("p values", Repeat("p value of 0.")),
        ("full stops", Repeat(".")),
        ("ellipses and spaces", Repeat(". ")),
        ("question and exclamation", Repeat("?!")),
        ("dashes", Repeat("-")),
        ("en dashes", Repeat("–")),
        ("semicolons and colons", Repeat(";:")),
        ("colons", Repeat(":")),
        ("slashes", Repeat("/")),
        ("percent signs", Repeat("%")),
        ("spaces", Repeat(" ")),
        ("full stop then spaces", ". " + Repeat(" ") + "x"),
        ("newlines", Repeat("\n")),
        ("tabs and spaces", Repeat("\t ")),
        ("one long word", Repeat("a")),
        ("one long capital word", Repeat("A")),
        ("capital words", Repeat("AB ")),
        ("capital heading words", Repeat("METHODS AND ")),
        ("heading-like colons", Repeat("A: ")),
        ("title-case words", Repeat("Ab ")),
        ("words", Repeat("the ")),
        ("hyphenated words", Repeat("a-")),
        ("percentages", Repeat("95% ")),
        ("confidence intervals", Repeat("95% CI ")),
        ("open percentage", Repeat("1% (1/")),
        ("interval bounds", Repeat("0.1 to ")),
        ("ratios", Repeat("OR ")),
        ("counts of patients", Repeat("1 patients ")),
        ("totals", Repeat("a total of 1 ")),
        ("n equals", Repeat("n = ")),
        ("exponents", Repeat("1 x 10 - ")),
        ("registry-like", Repeat("NCT0")),
        ("years", Repeat("2024-")),
        ("html-ish", Repeat("<a ")),
        ("template delimiters", Repeat("{{ {% ")),
        ("quotes", Repeat("\"'")),
        ("right-to-left marks", Repeat("\u202Eא ")),
        ("combining marks", Repeat("e\u0301\u0302\u0303")),
        ("surrogate pairs", Repeat("\U0001F600")),
        ("digit and letter mix", Repeat("1a")),
        ("underscores and digits", Repeat("_1")),
    ];

    /// <summary>Inputs built from the pattern itself: its literal words and punctuation, repeated and interleaved.</summary>
    public static IEnumerable<(string Name, string Text)> For(Regex regex)
    {
        var pattern = regex.ToString();
        var literal = Regex.Replace(pattern, @"\\[a-zA-Z]|\?<\w+>|\(\?[a-z]*[:=!<]", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        var words = Regex.Matches(literal, "[A-Za-z][A-Za-z]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > 0)
        {
            yield return ("its words, joined", Repeat(string.Join(" ", words) + " "));
            yield return ("its words, unspaced", Repeat(string.Concat(words)));
            yield return ("its words with numbers", Repeat(string.Join(" ", words.Select((w, i) => $"{w} {i % 10}.{i} ("))));
            foreach (var word in words.Take(12))
            {
                yield return ($"'{word}' repeated", Repeat(word + " "));
            }
        }

        var punctuation = new string(literal.Where(c => char.IsPunctuation(c) || char.IsSymbol(c)).Distinct().ToArray());
        if (punctuation.Length > 0)
        {
            yield return ("its punctuation", Repeat(punctuation));
            yield return ("its punctuation with digits", Repeat(string.Concat(punctuation.Select(c => $"{c}1 "))));
        }
    }

    private static string Repeat(string unit)
    {
        var sb = new StringBuilder(Size + unit.Length);
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
