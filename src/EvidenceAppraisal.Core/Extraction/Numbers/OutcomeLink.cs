using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>
/// Names the outcome an estimate measures, from the clause in front of it: "the hazard ratio for death",
/// "the risk of stroke", "heparin reduced 28-day mortality (RR 0.80 ...)", "mortality was lower (RR 0.80 ...)".
/// Returns empty when the clause does not say.
/// </summary>
internal static partial class OutcomeLink
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>"for death", "of stroke", "risk of relapse" right before the estimate's measure or value.</summary>
    [GeneratedRegex(@"\b(?:risk|rate|rates|incidence|odds|hazard|likelihood|probability|occurrence|frequency|prevalence|ratios?|difference|reduction)\s+(?:of|for)\s+(?<o>[\w'’/-]+(?:\s+(?!was\b|were\b|is\b|in\b|with\b|at\b|by\b|among\b|compared\b|versus\b|vs\b)[\w'’/-]+){0,5})", Options, 1000)]
    private static partial Regex RiskOf();

    /// <summary>An effect verb and its object: "reduced 28-day mortality", "improved quality of life".</summary>
    [GeneratedRegex(@"\b(?:reduced|increased|decreased|lowered|raised|improved|prevented|shortened|prolonged|worsened|reduces|increases|decreases|lowers|improves|prevents|shortens|prolongs)\s+(?:the\s+)?(?:risk\s+of\s+|rate\s+of\s+|incidence\s+of\s+|odds\s+of\s+)?(?<o>[\w'’/-]+(?:\s+(?!by\b|in\b|with\b|compared\b|versus\b|vs\b|among\b|from\b|to\b|at\b|and\b)[\w'’/-]+){0,5})", Options, 1000)]
    private static partial Regex EffectObject();

    /// <summary>The clause's subject before its verb: "28-day mortality was lower ...", "Pain scores were similar ...".</summary>
    [GeneratedRegex(@"^(?:(?:in|among|at|after|for|within|during|by|on)\s[^,]{1,60},\s*)?(?:the\s+|a\s+)?(?<o>[\w'’/-]+(?:\s+(?!was\b|were\b|is\b|are\b|had\b|did\b|remained\b|differed\b)[\w'’/-]+){0,5})\s+(?:was|were|is|are|remained|did not differ|differed)\b", Options, 1000)]
    private static partial Regex Subject();

    private static readonly HashSet<string> NotOutcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        "there", "it", "this", "these", "that", "which", "patients", "participants", "the difference", "differences", "difference",
        "the effect", "effect", "effects", "results", "the results", "treatment", "the treatment", "all", "both",
    };

    /// <summary>The outcome named before the estimate at <paramref name="estimateIndex"/> in <paramref name="sentence"/>, or empty.</summary>
    public static string Find(string sentence, int estimateIndex)
    {
        var clauseStart = ClauseStart(sentence, estimateIndex);
        var clause = sentence[clauseStart..estimateIndex];
        var outcome = Last(RiskOf(), clause) ?? Last(EffectObject(), clause) ?? First(Subject(), clause.TrimStart());
        return outcome is null || NotOutcomes.Contains(outcome) ? "" : outcome;
    }

    private static string? Last(Regex pattern, string clause)
    {
        Match? last = null;
        foreach (Match m in pattern.Matches(clause))
        {
            last = m;
        }

        return last is null ? null : Clean(last.Groups["o"].Value);
    }

    private static string? First(Regex pattern, string clause)
    {
        var m = pattern.Match(clause);
        return m.Success ? Clean(m.Groups["o"].Value) : null;
    }

    private static string Clean(string phrase)
    {
        var text = phrase.Trim().TrimEnd(',', ';', ':', '(', '[').Trim();
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    /// <summary>The clause holding the estimate starts after the last semicolon, or after an earlier estimate's closing bracket.</summary>
    private static int ClauseStart(string sentence, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (sentence[i] is ';' || sentence[i] == ')' && i < index - 2 && sentence[i + 1] is ',' or ' ' && !IsInsideParenthesis(sentence, i, index))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsInsideParenthesis(string sentence, int closing, int index)
    {
        var depth = 0;
        for (var i = closing + 1; i < index; i++)
        {
            depth += sentence[i] == '(' ? 1 : sentence[i] == ')' ? -1 : 0;
        }

        return depth < 0;
    }
}
