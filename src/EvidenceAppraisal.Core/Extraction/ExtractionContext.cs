using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Extraction;

/// <summary>The document being read and the facts found so far; later extractors may read earlier facts.</summary>
public sealed class ExtractionContext
{
    private readonly List<Fact> _facts = [];
    private readonly List<string> _notes = [];
    private readonly (ulong[]? Masks, int Version)[] _cueMasks;
    private readonly OutcomeClaim[]?[] _outcomeClaims;

    public ExtractionContext(AbstractDocument document)
    {
        Document = document;
        _cueMasks = new (ulong[]?, int)[document.Sentences.Count + 1];
        _outcomeClaims = new OutcomeClaim[]?[document.Sentences.Count];
    }

    public AbstractDocument Document { get; }

    public IReadOnlyList<Fact> Facts => _facts;

    public void Add(Fact fact) => _facts.Add(fact);

    /// <summary>What extraction could not do on this document (see <see cref="FactSet.Notes"/>).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Note(string note) => _notes.Add(note);

    public IEnumerable<T> FactsOf<T>() where T : Fact => _facts.OfType<T>();

    /// <summary>
    /// Which cues of <paramref name="set"/> may match sentence <paramref name="index"/> (-1 for the title): every
    /// family's masks come from one reading of the sentence, kept for the extractors that follow.
    /// </summary>
    internal ulong CueMask(CueSet set, int index)
    {
        ref var kept = ref _cueMasks[index + 1];
        // Read before scanning: the scan then sees a table at least this new (see CueIndex.Version).
        var version = CueIndex.Version;
        if (kept.Masks is null || kept.Version != version || kept.Masks.Length <= set.Id)
        {
            kept = (CueIndex.Scan(index < 0 ? Document.Title : Document.Sentences[index].Text), version);
        }

        return kept.Masks[set.Id];
    }

    /// <summary>
    /// The outcome claims of sentence <paramref name="index"/> (<see cref="OutcomeClaimParser.Parse"/>), parsed once:
    /// PICO reads the outcomes of results sentences and the claims extractor the same claims again.
    /// </summary>
    internal IReadOnlyList<OutcomeClaim> OutcomeClaims(int index) =>
        _outcomeClaims[index] ??= [.. OutcomeClaimParser.Parse(Document.Sentences[index].Text, CueMask(OutcomeClaimParser.Set, index))];

    /// <summary>A fact resting on a whole sentence.</summary>
    public (Span Span, string Quote, int Index) At(Sentence sentence) => (sentence.Span, sentence.Text, sentence.Index);

    /// <summary>A fact resting on part of a sentence: the span is the part, the quote the whole sentence.</summary>
    public (Span Span, string Quote, int Index) At(Sentence sentence, int offsetInSentence, int length) =>
        (new Span(sentence.Span.Start + offsetInSentence, length), sentence.Text, sentence.Index);
}
