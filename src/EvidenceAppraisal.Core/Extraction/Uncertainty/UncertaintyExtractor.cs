using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Uncertainty;

/// <summary>
/// Finds stated controversy, open questions, hedges and statements of capability, admitted limitations and calls for further research,
/// respecting negation ("it is not controversial", "there is no debate" state no controversy).
/// </summary>
public sealed class UncertaintyExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text;
            var doubts = context.CueMask(DoubtCues.Set, sentence.Index);
            var controversy = FirstAffirmed(DoubtCues.ControversyCue, text, doubts);
            if (controversy is not null)
            {
                var (span, quote, index) = context.At(sentence, controversy.Index, controversy.Length);
                context.Add(new ControversyFact(span, quote, index) { Cue = controversy.Value, About = DoubtCues.TopicsIn(text) });
            }

            var open = FirstAffirmed(DoubtCues.OpenQuestionCue, text, doubts);
            if (open is not null)
            {
                var (span, quote, index) = context.At(sentence, open.Index, open.Length);
                context.Add(new OpenQuestionFact(span, quote, index) { Cue = open.Value, About = DoubtCues.TopicsIn(text) });
            }

            var cues = HedgeCues.In(text, context.CueMask(HedgeCues.Set, sentence.Index)).ToList();
            var hedges = cues.Where(c => c.Kind != HedgeCues.Ability).ToList();
            if (hedges.Count > 0)
            {
                var first = hedges[0];
                var (span, quote, index) = context.At(sentence, first.Index, first.Length);
                context.Add(new HedgeFact(span, quote, index) { Cue = first.Text, Kind = first.Kind, Cues = hedges.Select(h => h.Text).ToList() });
            }

            var capability = cues.FirstOrDefault(c => c.Kind == HedgeCues.Ability);
            if (capability.Length > 0)
            {
                var (span, quote, index) = context.At(sentence, capability.Index, capability.Length);
                context.Add(new CapabilityFact(span, quote, index) { Cue = capability.Text });
            }

            AddFirst(context, sentence, DoubtCues.FurtherResearchCue.Match(text, doubts), (s, q, i, cue) => new FurtherResearchFact(s, q, i) { Cue = cue });
            AddFirst(context, sentence, DoubtCues.LimitationCue.Match(text, doubts), (s, q, i, cue) => new LimitationFact(s, q, i) { Cue = cue });
        }
    }

    /// <summary>The first match not negated before it ("not controversial") or inside it ("there is no controversy").</summary>
    private static Match? FirstAffirmed(Cue cue, string text, ulong mask)
    {
        foreach (var m in cue.Matches(text, mask))
        {
            var existential = m.Value.StartsWith("there", StringComparison.OrdinalIgnoreCase);
            if (!DoubtCues.NegatedBefore().IsMatch(text[..m.Index]) && !(existential && DoubtCues.NegationInside().IsMatch(m.Value)))
            {
                return m;
            }
        }

        return null;
    }

    private static void AddFirst(ExtractionContext context, Documents.Sentence sentence, Match m, Func<Documents.Span, string, int, string, Fact> create)
    {
        if (m.Success)
        {
            var (span, quote, index) = context.At(sentence, m.Index, m.Length);
            context.Add(create(span, quote, index, m.Value));
        }
    }
}
