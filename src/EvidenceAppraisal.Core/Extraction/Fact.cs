using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction;

/// <summary>
/// Something an extractor observed in a document, with the span it rests on and the sentence that
/// quotes it. Facts are classes with reference identity: two equal observations stay two facts.
/// </summary>
public abstract class Fact
{
    protected Fact(Span span, string quote, int sentenceIndex)
    {
        Span = span;
        Quote = quote;
        SentenceIndex = sentenceIndex;
    }

    /// <summary>The characters the observation rests on, in <see cref="AbstractDocument.Text"/>.</summary>
    public Span Span { get; }

    /// <summary>The sentence (or title) to quote as evidence.</summary>
    public string Quote { get; }

    /// <summary>The body sentence's index, or -1 when the fact rests on the title or the whole document.</summary>
    public int SentenceIndex { get; }
}
