using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Uncertainty;

/// <summary>Finds stated controversy, hedges and calls for further research, respecting negation ("it is not controversial").</summary>
public sealed partial class UncertaintyExtractor : IFactExtractor
{
    [GeneratedRegex(@"\b(there (?:is|are|remains?) (?:\w+ ){0,2}(?:controvers(?:y|ies)|debate|disagreement|uncertainty)|controvers(?:y|ies|ial)|(?:remains?|still|widely|hotly) debated|conflicting (?:evidence|results|findings|data|reports)|inconsistent (?:results|findings|evidence|data)|contradictory (?:results|findings|evidence|data)|(?:is|are|remains?) (?:still )?(?:unclear|uncertain|unknown|unresolved|inconclusive)|no consensus|lack of consensus)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Controversy();

    [GeneratedRegex(@"\b(not|no longer|hardly|never|un)\s*(?:\w+\s+){0,1}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex(@"\b(may|might|could|possibly|possible|perhaps|likely|unlikely|appears? to|seems? to|suggests?|suggested|suggesting|suggestive|potential(?:ly)?|presumabl[ey]|putative|a certain|to some extent|probabl[ey]|indicat(?:e|es|ing) that|we (?:speculate|hypothesi[sz]e|propose|believe)|whether)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b((?:further|more|additional|larger|future|well-designed|high-quality)\s+(?:\w+\s+){0,2}(?:studies|research|trials|investigations?|work)\s+(?:is|are)\s+(?:needed|required|warranted|necessary)|needs? (?:to be )?further (?:defined|studied|investigated|discussed|explored|clarified)|warrants? further|remains? to be (?:determined|established|clarified))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FurtherResearch();

    private static readonly (string Topic, string[] Words)[] Topics =
    [
        ("effectiveness", ["effectiveness", "efficacy", "effective", "benefit", "outcome"]),
        ("safety", ["safety", "safe", "bleeding", "adverse", "harm", "toxicity", "risk"]),
        ("mechanism", ["mechanism", "pathophysiolog", "pathway"]),
        ("dosing", ["dose", "dosing", "dosage", "timing", "duration"]),
    ];

    public void Extract(ExtractionContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text;
            foreach (Match m in Controversy().Matches(text))
            {
                if (NegatedBefore().IsMatch(text.AsSpan(0, m.Index).ToString()))
                {
                    continue;
                }

                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                var after = text[m.Index..].ToLowerInvariant();
                var about = Topics.Where(t => t.Words.Any(w => after.Contains(w, StringComparison.Ordinal))).Select(t => t.Topic).ToList();
                context.Add(new ControversyFact(span, quote, index) { Cue = m.Value, About = about });
                break;
            }

            var hedge = Hedge().Match(text);
            if (hedge.Success)
            {
                var (span, quote, index) = context.At(sentence, hedge.Index, hedge.Length);
                context.Add(new HedgeFact(span, quote, index) { Cue = hedge.Value });
            }

            var further = FurtherResearch().Match(text);
            if (further.Success)
            {
                var (span, quote, index) = context.At(sentence, further.Index, further.Length);
                context.Add(new FurtherResearchFact(span, quote, index) { Cue = further.Value });
            }
        }
    }
}
