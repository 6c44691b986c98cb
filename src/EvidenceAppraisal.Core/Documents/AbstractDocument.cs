namespace EvidenceAppraisal.Documents;

/// <summary>
/// One abstract, read from any format: the normalised text, its title and sections, sentences with
/// character offsets into <see cref="Text"/>, and metadata. Immutable once built.
/// </summary>
public sealed class AbstractDocument
{
    public AbstractDocument(
        string sourceName,
        string? recordId,
        string text,
        Span title,
        bool titleIsTranslated,
        IReadOnlyList<Section> sections,
        IReadOnlyList<Sentence> sentences,
        DocumentMetadata metadata)
    {
        SourceName = sourceName;
        RecordId = recordId;
        Text = text;
        TitleSpan = title;
        TitleIsTranslated = titleIsTranslated;
        Sections = sections;
        Sentences = sentences;
        Metadata = metadata;
    }

    /// <summary>The input's name as the user gave it (a file name, "stdin", "pmid:123").</summary>
    public string SourceName { get; }

    /// <summary>The record's id inside a multi-record source (PMID, record number), if any.</summary>
    public string? RecordId { get; }

    /// <summary>Normalised text: the title, a blank line, then the sections' text.</summary>
    public string Text { get; }

    public Span TitleSpan { get; }

    public string Title => Slice(TitleSpan);

    /// <summary>The title was given in square brackets: an English translation of a non-English original.</summary>
    public bool TitleIsTranslated { get; }

    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The body's sentences in order (the title is not among them).</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    public DocumentMetadata Metadata { get; }

    public bool HasAbstract => Sentences.Count > 0;

    public string Slice(Span span) => Text.Substring(span.Start, span.Length);

    /// <summary>The sentence containing the start of <paramref name="span"/>, or null for the title.</summary>
    public Sentence? SentenceAt(Span span)
    {
        foreach (var sentence in Sentences)
        {
            if (span.Start >= sentence.Span.Start && span.Start < sentence.Span.End)
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>The quotable text a span rests on: its whole sentence, or the title.</summary>
    public string Quote(Span span) =>
        SentenceAt(span)?.Text ?? (TitleSpan.Overlaps(span) || span.Length == 0 ? Title : Slice(span));
}
