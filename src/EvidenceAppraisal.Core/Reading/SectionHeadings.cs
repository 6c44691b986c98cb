using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading;

/// <summary>Structured-abstract headings in their common spellings, and the role each names.</summary>
public static partial class SectionHeadings
{
    private static readonly (string Word, SectionRole Role)[] Words =
    [
        ("background", SectionRole.Background), ("introduction", SectionRole.Background), ("context", SectionRole.Background),
        ("rationale", SectionRole.Background), ("importance", SectionRole.Background),
        ("objective", SectionRole.Objective), ("aim", SectionRole.Objective), ("purpose", SectionRole.Objective),
        ("goal", SectionRole.Objective), ("question", SectionRole.Objective), ("hypothesis", SectionRole.Objective),
        ("method", SectionRole.Methods), ("design", SectionRole.Methods), ("setting", SectionRole.Methods),
        ("participant", SectionRole.Methods), ("patients", SectionRole.Methods), ("intervention", SectionRole.Methods),
        ("measure", SectionRole.Methods), ("materials", SectionRole.Methods), ("procedure", SectionRole.Methods),
        ("data source", SectionRole.Methods), ("study selection", SectionRole.Methods), ("data extraction", SectionRole.Methods),
        ("eligibility", SectionRole.Methods), ("search", SectionRole.Methods), ("population", SectionRole.Methods),
        ("subjects", SectionRole.Methods), ("exposure", SectionRole.Methods), ("outcome", SectionRole.Methods),
        ("analysis", SectionRole.Methods), ("case", SectionRole.Methods), ("presentation", SectionRole.Methods),
        ("result", SectionRole.Results), ("finding", SectionRole.Results), ("observation", SectionRole.Results),
        ("synthesis", SectionRole.Results),
        ("conclusion", SectionRole.Conclusions), ("interpretation", SectionRole.Conclusions), ("relevance", SectionRole.Conclusions),
        ("discussion", SectionRole.Conclusions), ("implication", SectionRole.Conclusions), ("summary", SectionRole.Conclusions),
        ("significance", SectionRole.Conclusions), ("comment", SectionRole.Conclusions), ("limitation", SectionRole.Conclusions),
    ];

    /// <summary>
    /// A heading at the start of a line or after a sentence end: words in capitals ("METHODS AND RESULTS:"),
    /// or a known heading word in any case ("Aims:"), followed by a colon.
    /// </summary>
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n)(?<label>[A-Z][A-Za-z]*(?:[ /,&-]{1,3}[A-Za-z]+){0,5})\s?:\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingPattern();

    /// <summary>Finds headings in <paramref name="text"/>: (start of heading, start of its text, label, role).</summary>
    public static IEnumerable<(int HeadingStart, int TextStart, string Label, SectionRole Role)> Find(string text)
    {
        foreach (Match match in HeadingPattern().Matches(text))
        {
            var label = match.Groups["label"].Value;
            var role = RoleOf(label);
            var allCaps = label.Any(char.IsLetter) && !label.Any(char.IsLower);
            if (role is null && !allCaps || !allCaps && !LooksLikeHeading(label))
            {
                continue;
            }

            if (allCaps && label.Length < 3)
            {
                continue; // "P: 0.03", "CI:" are not headings
            }

            yield return (match.Index, match.Index + match.Length, label, role ?? SectionRole.Unknown);
        }
    }

    /// <summary>
    /// A mixed-case label is a heading when it is a short noun phrase ("Primary outcome", "Methods and results"),
    /// not the start of a sentence that runs into a colon ("The inclusion criteria were: ...").
    /// </summary>
    private static bool LooksLikeHeading(string label)
    {
        var words = label.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && !words.Any(w => SentenceWords.Contains(w)) && !label.EndsWith("ed", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> SentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "these", "those", "our", "we", "there", "it", "was", "were", "is", "are", "be", "been",
        "included", "include", "includes", "comprised", "following", "like", "as", "both", "two", "three", "four", "five",
    };

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(?:(?:\s|,\s?|\s?[/&]\s?|-)[A-Za-z]+){0,5}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingLineShape();

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "to", "in", "or", "with" };

    /// <summary>
    /// A heading on a line of its own, as web pages lay out structured abstracts ("Methods", "CONCLUSIONS AND
    /// RELEVANCE", "Main Outcomes and Measures:"): a few words in capitals or title case, or any known heading
    /// followed by a colon. The caller checks that a capitalised line follows, so a wrapped fragment is not taken.
    /// </summary>
    public static bool IsHeadingLine(string line, out string label, out SectionRole role)
    {
        var colon = line.EndsWith(':');
        label = line.TrimEnd(':', ' ');
        role = SectionRole.Unknown;
        if (label.Length is < 3 or > 60 || !HeadingLineShape().IsMatch(label))
        {
            return false;
        }

        var known = RoleOf(label);
        role = known ?? SectionRole.Unknown;
        var allCaps = !label.Any(char.IsLower);
        var titleCase = label.Split([' ', ',', '/', '&', '-'], StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || JoiningWords.Contains(w));
        return known is not null ? allCaps || titleCase || colon : allCaps && label.Length >= 4;
    }

    /// <summary>Every word of the label is a heading word or a joining word ("Methods and Results", "Design, Setting, and Participants").</summary>
    public static bool IsPlainHeading(string label) =>
        label.Split([' ', ',', '/', '&', '-'], StringSplitOptions.RemoveEmptyEntries)
            .All(w => JoiningWords.Contains(w.ToLowerInvariant()) || RoleOf(w) is not null);

    /// <summary>The role a heading names, or null when no known heading word appears in it.</summary>
    public static SectionRole? RoleOf(string label)
    {
        var lower = label.ToLowerInvariant();
        // "Methods and Results" and "Conclusions and Relevance": the first heading word decides.
        var best = -1;
        SectionRole? role = null;
        foreach (var (word, wordRole) in Words)
        {
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                role = wordRole;
            }
        }

        return role;
    }
}
