using System.Text;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Assembles an <see cref="AbstractDocument"/> from a title and labelled section texts: normalises
/// white space, lays out the text, and splits sentences with offsets. Every reader ends here, so the
/// same abstract in any format yields the same document.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<(string? Label, SectionRole Role, string Text)> _sections = [];
    private string _title = "";
    private bool _titleIsTranslated;

    public DocumentBuilder(string sourceName, string? recordId = null)
    {
        SourceName = sourceName;
        RecordId = recordId;
    }

    public string SourceName { get; }

    public string? RecordId { get; }

    public DocumentMetadata Metadata { get; set; } = DocumentMetadata.Empty;

    /// <summary>
    /// Sets the title; a title in square brackets marks an English translation of a non-English original. A title
    /// ends with a full stop (as PubMed writes it) unless it ends with its own mark, so a page's meta tag, a pasted
    /// line and a record give the same title.
    /// </summary>
    public DocumentBuilder Title(string title)
    {
        var clean = Normalise(title);
        if (clean.StartsWith('[') && (clean.EndsWith(']') || clean.EndsWith("].", StringComparison.Ordinal)))
        {
            clean = clean.TrimEnd('.').TrimStart('[').TrimEnd(']').Trim();
            _titleIsTranslated = true;
        }

        if (clean.Length > 0 && clean[^1] is not ('.' or '?' or '!'))
        {
            clean += ".";
        }

        _title = clean;
        return this;
    }

    /// <summary>Adds a section with its heading as written (null for none).</summary>
    public DocumentBuilder Section(string? label, string text, SectionRole? role = null)
    {
        var clean = Normalise(text);
        if (clean.Length == 0)
        {
            return this;
        }

        label = label is null ? null : Normalise(label).TrimEnd(':').Trim();
        _sections.Add((label, role ?? (label is null ? SectionRole.Unknown : SectionHeadings.RoleOf(label) ?? SectionRole.Unknown), clean));
        return this;
    }

    /// <summary>Adds abstract prose that may carry inline headings ("BACKGROUND: ... METHODS: ...").</summary>
    public DocumentBuilder Body(string text)
    {
        // Line breaks survive until headings are found: a heading may open a line after one without a full stop.
        var clean = NormaliseLines(text);
        var headings = SectionHeadings.Find(clean).ToList();
        if (headings.Count == 0)
        {
            return Section(null, clean);
        }

        if (headings[0].HeadingStart > 0)
        {
            Section(null, clean[..headings[0].HeadingStart]);
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].HeadingStart : clean.Length;
            Section(headings[i].Label, clean[headings[i].TextStart..end], headings[i].Role);
        }

        return this;
    }

    public AbstractDocument Build()
    {
        var text = new StringBuilder(_title.Length + _sections.Sum(s => s.Text.Length + 2) + 2);
        text.Append(_title);
        var titleSpan = new Span(0, _title.Length);
        text.Append("\n\n");

        var placed = new List<(string? Label, SectionRole Role, Span Span)>(_sections.Count);
        foreach (var (label, role, body) in _sections)
        {
            if (placed.Count > 0)
            {
                text.Append('\n');
            }

            placed.Add((label, role, new Span(text.Length, body.Length)));
            text.Append(body);
        }

        var full = text.ToString();
        var sections = new List<Section>(placed.Count);
        var sentences = new List<Sentence>();
        foreach (var (label, role, span) in placed)
        {
            var sectionIndex = sections.Count;
            sections.Add(new Section(label, role, span, full.Substring(span.Start, span.Length)));
            foreach (var (start, length) in SentenceSplitter.Split(full, span.Start, span.End))
            {
                sentences.Add(new Sentence(sentences.Count, sectionIndex, new Span(start, length), full.Substring(start, length), role));
            }
        }

        return new AbstractDocument(SourceName, RecordId, full, titleSpan, _titleIsTranslated, sections, sentences, Metadata);
    }

    /// <summary>Normalises each line and drops blank ones, keeping the line breaks between them.</summary>
    private static string NormaliseLines(string text) =>
        string.Join('\n', text.Split('\n').Select(Normalise).Where(line => line.Length > 0));

    /// <summary>Collapses runs of white space (and non-breaking and zero-width characters) to single spaces.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' || char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
