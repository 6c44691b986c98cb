using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction;

/// <summary>The document being read and the facts found so far; later extractors may read earlier facts.</summary>
public sealed class ExtractionContext
{
    private readonly List<Fact> _facts = [];
    private readonly List<string> _notes = [];

    public ExtractionContext(AbstractDocument document)
    {
        Document = document;
    }

    public AbstractDocument Document { get; }

    public IReadOnlyList<Fact> Facts => _facts;

    public void Add(Fact fact) => _facts.Add(fact);

    /// <summary>What extraction could not do on this document (see <see cref="FactSet.Notes"/>).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Note(string note) => _notes.Add(note);

    public IEnumerable<T> FactsOf<T>() where T : Fact => _facts.OfType<T>();

    /// <summary>A fact resting on a whole sentence.</summary>
    public (Span Span, string Quote, int Index) At(Sentence sentence) => (sentence.Span, sentence.Text, sentence.Index);

    /// <summary>A fact resting on part of a sentence: the span is the part, the quote the whole sentence.</summary>
    public (Span Span, string Quote, int Index) At(Sentence sentence, int offsetInSentence, int length) =>
        (new Span(sentence.Span.Start + offsetInSentence, length), sentence.Text, sentence.Index);
}
