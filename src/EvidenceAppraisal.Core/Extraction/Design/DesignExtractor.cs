using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Numbers;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>
/// Infers the study design from the title and abstract (<see cref="DesignClassifier"/>), with its traits.
/// PubMed publication types, when the record has them, decide instead and the fact says so; the design
/// the text supports is kept beside it. Runs after roles and numbers, which it reads.
/// </summary>
public sealed class DesignExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var text = new DesignText(context);
        var largest = context.FactsOf<SampleSizeFact>().Select(s => s.Total).DefaultIfEmpty(0).Max();
        var call = DesignClassifier.Classify(text, ReportsOwnData(context), largest);
        var traits = DesignTraits.Find(text);
        var indexed = PublicationTypes.Design(document.Metadata.PublicationTypes);
        if (indexed is not null)
        {
            context.Add(new DesignFact(document.TitleSpan, document.Title, -1)
            {
                Kind = indexed,
                TextKind = call.Kind,
                Confidence = 0.95,
                Cues = document.Metadata.PublicationTypes.ToList(),
                Evidence = [$"PubMed publication types: {string.Join(", ", document.Metadata.PublicationTypes)}"],
                FromIndexing = true,
                Subtype = indexed == call.Kind ? call.Subtype : "",
                Traits = traits,
            });
            return;
        }

        var first = call.Hits.Count > 0 ? call.Hits[0] : new DesignHit("", document.TitleSpan, document.Title, -1, 0);
        context.Add(new DesignFact(first.Span, first.Quote, first.SentenceIndex)
        {
            Kind = call.Kind,
            TextKind = call.Kind,
            Confidence = call.Confidence,
            Cues = call.Hits.Select(h => h.Cue).ToList(),
            CueSpans = call.Hits.Select(h => h.Span).ToList(),
            Evidence = call.Hits.Select(h => h.Quote).Distinct().ToList(),
            Subtype = call.Subtype,
            Traits = traits,
        });
    }

    /// <summary>The abstract reports numbers of its own: a sample, an estimate, an interval or a p-value.</summary>
    private static bool ReportsOwnData(ExtractionContext context) =>
        context.FactsOf<SampleSizeFact>().Any() || context.FactsOf<PValueFact>().Any() || context.FactsOf<IntervalFact>().Any() || context.FactsOf<EstimateFact>().Any();

}
