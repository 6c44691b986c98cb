using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>
/// Finds outcome claims: a direction verb and the outcome it acts on, in findings sentences (results,
/// conclusions) or in sentences reporting other work. One sentence may hold several claims.
/// </summary>
public sealed partial class ClaimExtractor : IFactExtractor
{
    [GeneratedRegex(@"\b(?<neg>(?:did|does|do|was|were|is|are|could|can)\s+not\s+(?:significantly\s+)?|failed to\s+|no\s+(?:significant\s+|statistically significant\s+)?)?(?<verb>reduc(?:e|es|ed|ing|tion)|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|prevent(?:s|ed|ing)?|attenuat(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|shorten(?:s|ed)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed)|prolong(?:s|ed)?|improv(?:e|es|ed|ing|ement)|enhanc(?:e|es|ed)|benefit(?:s|ed)?|worsen(?:s|ed|ing)?|impair(?:s|ed)?|exacerbat(?:e|es|ed)|aggravat(?:e|es|ed)|(?:was|were|is|are) associated with|differences?|similar|comparable)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(@"\b(studies (?:have |had )?(?:found|shown|reported|demonstrated|suggested)|(?:has|have) been (?:shown|reported|found|demonstrated)|previous(?:ly)? (?:studies|reports|trials|research)|it is (?:well )?known|literature|reportedly|were reported to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedCue();

    [GeneratedRegex(@"\b(associated|associations?|correlat\w*|linked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssociationCue();

    [GeneratedRegex(@"\b(can|could)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModalBefore();

    private static readonly string[] GoodOutcomes =
        ["survival", "quality of life", "response", "remission", "cure", "recovery", "function", "healing", "adherence", "satisfaction", "success", "clearance"];

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var quantifiedSentences = context.Facts
            .Where(f => f is EstimateFact or IntervalFact or PValueFact)
            .Select(f => f.SentenceIndex)
            .ToHashSet();
        var roles = context.FactsOf<SentenceRoleFact>().ToDictionary(r => r.SentenceIndex, r => r.Role);
        var hedged = context.FactsOf<HedgeFact>().Select(h => h.SentenceIndex).ToHashSet();

        foreach (var sentence in document.Sentences)
        {
            var role = roles.GetValueOrDefault(sentence.Index, sentence.Role);
            var reported = ReportedCue().IsMatch(sentence.Text);
            if (!reported && role is not (SectionRole.Results or SectionRole.Conclusions))
            {
                continue;
            }

            var quantified = quantifiedSentences.Contains(sentence.Index)
                || quantifiedSentences.Contains(sentence.Index - 1) && role == SectionRole.Results
                || quantifiedSentences.Contains(sentence.Index + 1) && role == SectionRole.Results;
            foreach (var (match, outcome) in Claims(sentence.Text))
            {
                var direction = DirectionOf(match);
                var (span, quote, index) = context.At(sentence, match.Index, match.Length);
                context.Add(new ClaimFact(span, quote, index)
                {
                    Direction = direction,
                    Outcome = outcome,
                    IsBenefit = IsBenefit(direction, outcome),
                    IsQuantified = quantified,
                    IsReported = reported,
                    Strength = hedged.Contains(sentence.Index) ? "hedged"
                        : AssociationCue().IsMatch(sentence.Text) ? "associational"
                        : ModalBefore().IsMatch(sentence.Text[..match.Index]) ? "conditional-causal" : "causal",
                    Role = role,
                    Cue = match.Value,
                });
            }
        }
    }

    private static IEnumerable<(Match Match, string Outcome)> Claims(string text)
    {
        var matches = ClaimVerb().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var outcome = OutcomeAfter(text, m.Index + m.Length, end);
            if (outcome.Length > 0)
            {
                yield return (m, outcome);
            }
        }
    }

    /// <summary>The noun phrase after the verb, up to the next clause boundary, cleaned of filler.</summary>
    private static string OutcomeAfter(string text, int start, int end)
    {
        var stop = text.IndexOfAny([',', ';', '.', '(', ':'], start);
        if (stop < 0 || stop > end)
        {
            stop = end;
        }

        var phrase = text[start..stop].Trim();
        foreach (var cut in new[] { " in patients", " compared", " versus", " vs", " than ", " among ", " after ", " by ", " when " })
        {
            var at = phrase.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }

        var with = phrase.IndexOf("patients with ", StringComparison.OrdinalIgnoreCase);
        if (with >= 0)
        {
            phrase = phrase[(with + "patients with ".Length)..];
        }

        foreach (var lead in new[] { "in ", "the ", "a ", "an ", "of ", "significantly ", "both " })
        {
            if (phrase.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                phrase = phrase[lead.Length..];
            }
        }

        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase[4..];
        }

        phrase = phrase.Trim();
        return phrase.Split(' ').Length > 12 ? string.Join(' ', phrase.Split(' ').Take(12)) : phrase;
    }

    private static string DirectionOf(Match m)
    {
        var verb = m.Groups["verb"].Value.ToLowerInvariant();
        if (m.Groups["neg"].Success || verb is "similar" or "comparable")
        {
            return "no-difference";
        }

        if (verb.StartsWith("differ", StringComparison.Ordinal))
        {
            return "differs";
        }

        return verb switch
        {
            _ when verb.Contains("associated", StringComparison.Ordinal) => "associated",
            _ when verb.StartsWith("improv", StringComparison.Ordinal) || verb.StartsWith("enhanc", StringComparison.Ordinal) || verb.StartsWith("benefit", StringComparison.Ordinal) => "improves",
            _ when verb.StartsWith("increas", StringComparison.Ordinal) || verb.StartsWith("rais", StringComparison.Ordinal) || verb.StartsWith("prolong", StringComparison.Ordinal) => "increases",
            _ when verb.StartsWith("worsen", StringComparison.Ordinal) || verb.StartsWith("impair", StringComparison.Ordinal) || verb.StartsWith("exacerbat", StringComparison.Ordinal) || verb.StartsWith("aggravat", StringComparison.Ordinal) => "worsens",
            _ => "reduces",
        };
    }

    private static bool IsBenefit(string direction, string outcome)
    {
        var good = GoodOutcomes.Any(g => outcome.Contains(g, StringComparison.OrdinalIgnoreCase));
        return direction switch
        {
            "improves" => true,
            "reduces" => !good,
            "increases" => good,
            _ => false,
        };
    }
}
