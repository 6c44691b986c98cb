using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Pico;

namespace EvidenceAppraisal.Extraction.Harms;

/// <summary>
/// Finds where the abstract speaks of harm or safety, for which intervention and with what numbers, and
/// sums it up: for the seed (heparin, an anticoagulant) "safety" is named once, never quantified, and
/// bleeding, the harm an anticoagulant is known for, is not mentioned at all.
/// </summary>
public sealed class HarmsExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var pico = context.FactsOf<PicoFact>().FirstOrDefault();
        var intervention = pico?.Intervention is { Length: > 0 } named ? named
            : InterventionLexicon.FirstIn(document.Title)?.Term ?? document.Sentences.Select(s => InterventionLexicon.FirstIn(s.Text)?.Term).FirstOrDefault(t => t is not null) ?? "";
        var principal = PrincipalHarms.For(intervention);
        var numbered = context.Facts.Where(f => f is EstimateFact or IntervalFact or PValueFact).Select(f => f.SentenceIndex).ToHashSet();

        var mentions = new List<HarmMentionFact>();
        foreach (var sentence in document.Sentences)
        {
            var text = sentence.Text;
            var (match, kind) = FirstMention(text, principal, context.CueMask(HarmCues.Set, sentence.Index));
            if (match is null)
            {
                continue;
            }

            var (span, quote, index) = context.At(sentence, match.Value.Index, match.Value.Length);
            var mention = new HarmMentionFact(span, quote, index)
            {
                Term = text.Substring(match.Value.Index, match.Value.Length),
                Kind = kind,
                Intervention = InterventionLexicon.FirstIn(text)?.Term ?? intervention,
                IsQuantified = numbered.Contains(sentence.Index) || HarmCues.Number().IsMatch(text),
                StatesNone = HarmCues.None().IsMatch(text),
            };
            mentions.Add(mention);
            context.Add(mention);
        }

        var principalMentions = mentions.Where(m => m.Kind == "principal-harm").ToList();
        var anchor = (Fact?)mentions.FirstOrDefault() ?? pico;
        var (anchorSpan, anchorQuote, anchorIndex) = anchor is null ? (document.TitleSpan, document.Title, -1) : (anchor.Span, anchor.Quote, anchor.SentenceIndex);
        context.Add(new HarmsFact(anchorSpan, anchorQuote, anchorIndex)
        {
            Intervention = intervention,
            InterventionClass = principal?.Class ?? "",
            PrincipalHarm = principal?.Harm ?? "",
            PrincipalHarmStatus = principal is null ? "not-applicable"
                : principalMentions.Count == 0 ? "not-mentioned"
                : principalMentions.Any(m => m.IsQuantified) ? "quantified" : "named-only",
            SafetyMentioned = mentions.Count > 0,
            AdverseEffectsMentioned = mentions.Any(m => m.Kind != "safety"),
            IsQuantified = mentions.Any(m => m.IsQuantified),
            StatesNone = mentions.Any(m => m.StatesNone),
            Mentions = mentions.Count,
        });
    }

    /// <summary>The principal harm's own words take precedence over general safety words in the same sentence.</summary>
    private static ((int Index, int Length)? Match, string Kind) FirstMention(string text, PrincipalHarm? principal, ulong mask)
    {
        if (principal is not null)
        {
            var lower = text.ToLowerInvariant();
            foreach (var term in principal.HarmTerms)
            {
                var at = IndexOfWord(lower, term);
                if (at >= 0)
                {
                    return ((at, term.Length), "principal-harm");
                }
            }
        }

        var general = HarmCues.GeneralCue.Match(text, mask);
        if (!general.Success)
        {
            return (null, "");
        }

        var lowerValue = general.Value.ToLowerInvariant();
        var kind = lowerValue.Contains("safe", StringComparison.Ordinal) || lowerValue.Contains("tolera", StringComparison.Ordinal) || lowerValue.StartsWith("harm", StringComparison.Ordinal)
            ? "safety" : "adverse-effects";
        return ((general.Index, general.Length), kind);
    }

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var startOk = at == 0 || !char.IsLetter(text[at - 1]);
            var end = at + word.Length;
            var endOk = end == text.Length || !char.IsLetter(text[end]) || text[end] == 's';
            if (startOk && endOk)
            {
                return at;
            }
        }

        return -1;
    }
}
