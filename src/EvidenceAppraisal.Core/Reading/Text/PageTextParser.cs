using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading.Text;

/// <summary>What a page says about itself outside its text: its title and metadata from markup, when known.</summary>
/// <param name="Title">The article title from the page's markup, or null to find it in the lines.</param>
/// <param name="Metadata">Details from markup; they win over what the text states.</param>
/// <param name="LinesAreAbstract">The lines hold only the abstract region (a page's abstract element), not the title.</param>
internal sealed record PageHints(string? Title = null, DocumentMetadata? Metadata = null, bool LinesAreAbstract = false)
{
    public static readonly PageHints None = new();
}

/// <summary>
/// Reads the lines of a pasted or saved article page into a document. Lines pass through four stages:
/// before the title (navigation, publication-type label, citation line), the title, the front matter
/// (authors, affiliations, identifiers) and the abstract, which an end marker ("Similar articles",
/// "Keywords:", "Introduction") closes. Furniture is dropped anywhere; identifiers and keywords become
/// metadata; a heading on a line of its own labels the paragraph after it.
/// </summary>
internal static partial class PageTextParser
{
    private enum Stage
    {
        BeforeTitle,
        FrontMatter,
        Abstract,
        Done,
    }

    public static AbstractDocument Parse(string sourceName, string? recordId, IReadOnlyList<string> rawLines, PageHints hints)
    {
        var lines = JoinCitationParts(rawLines);
        var metadata = MetadataCollector.From(hints.Metadata ?? DocumentMetadata.Empty);
        var title = hints.Title is null ? null : DocumentBuilder.Normalise(hints.Title);
        var stage = title is null ? Stage.BeforeTitle : Stage.FrontMatter;
        var start = 0;
        if (title is not null && !hints.LinesAreAbstract)
        {
            // A whole page: what precedes the title line is navigation.
            var at = lines.FindIndex(l => SameTitle(l, title));
            start = at + 1;
        }

        var body = new List<string>();
        string? pendingLabel = null;
        for (var i = start; i < lines.Count && stage != Stage.Done; i++)
        {
            // A notice closing a paragraph goes first, so the paragraph is not mistaken for the notice.
            var line = PageFurniture.StripCopyrightTail(lines[i]);
            if (BibliographicLines.TryReadIdentifiers(line, metadata))
            {
                continue;
            }

            if (BibliographicLines.TryReadKeywords(line, metadata))
            {
                stage = body.Count > 0 ? Stage.Done : stage;
                continue;
            }

            if (stage != Stage.Abstract && BibliographicLines.TryReadCitation(line, metadata))
            {
                continue;
            }

            if (IsHeadingLine(lines, i, stage, body.Count, out var label))
            {
                pendingLabel = label;
                stage = Stage.Abstract;
                continue;
            }

            if (PageFurniture.EndsAbstract(line))
            {
                stage = body.Count > 0 ? Stage.Done : stage;
                continue;
            }

            if (PageFurniture.IsFurniture(line))
            {
                continue;
            }

            switch (stage)
            {
                case Stage.BeforeTitle when BibliographicLines.TryReadPublicationType(line, metadata):
                    continue;
                case Stage.BeforeTitle when !StartsWithHeading(line) && LooksLikeTitle(line):
                    title = line;
                    stage = Stage.FrontMatter;
                    continue;
                case Stage.FrontMatter when FrontMatterLines.TryReadAuthors(line, out var authors):
                    foreach (var author in authors)
                    {
                        metadata.AddAuthor(author);
                    }

                    continue;
                case Stage.FrontMatter when FrontMatterLines.IsAffiliation(line):
                    continue;
            }

            stage = Stage.Abstract;
            body.Add(pendingLabel is null ? line : $"{pendingLabel}: {line}");
            pendingLabel = null;
        }

        if (title is null && body.Count == 0)
        {
            throw new InputException(new ReadError(sourceName, "holds no abstract text once page furniture is removed", recordId));
        }

        var builder = new DocumentBuilder(sourceName, recordId) { Metadata = metadata.Build() };
        builder.Title(title ?? "");
        // Lines of one paragraph may have been wrapped: the builder re-flows white space within sections.
        builder.Body(string.Join("\n", body));
        return builder.Build();
    }

    /// <summary>Splits text into lines at any line ending.</summary>
    public static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();

    /// <summary>A title is one line of modest length; a long paragraph of several sentences is abstract text without one.</summary>
    private static bool LooksLikeTitle(string line) =>
        line.Length <= 350 || SentenceSplitter.Split(line, 0, line.Length).Take(3).Count() < 3;

    /// <summary>
    /// "BACKGROUND: Sepsis is common. ..." opens an abstract, never a title; "Case report: an abscess" or
    /// "Commentary: time to sign off." is a title, its prefix not a plain heading or not followed by several sentences.
    /// </summary>
    private static bool StartsWithHeading(string line)
    {
        var first = SectionHeadings.Find(line).Take(1).FirstOrDefault(h => h.HeadingStart == 0 && h.Role != SectionRole.Unknown);
        if (first.Label is null || !SectionHeadings.IsPlainHeading(first.Label))
        {
            return false;
        }

        return !first.Label.Any(char.IsLower) || SentenceSplitter.Split(line, 0, line.Length).Skip(1).Any();
    }

    /// <summary>
    /// A heading line labels the next paragraph when a capitalised line follows it (a wrapped sentence fragment
    /// is followed by its lower-case rest). Before a title only plain heading words count ("Methods and Results"),
    /// so an all-capitals title is not mistaken for one. Once the abstract has text, an end marker is not a heading.
    /// </summary>
    private static bool IsHeadingLine(List<string> lines, int i, Stage stage, int bodyLines, out string label)
    {
        label = "";
        if (!SectionHeadings.IsHeadingLine(lines[i], out label, out _))
        {
            return false;
        }

        if (bodyLines > 0 && PageFurniture.EndsAbstract(lines[i]))
        {
            return false;
        }

        if (stage == Stage.BeforeTitle && !SectionHeadings.IsPlainHeading(label))
        {
            return false;
        }

        var next = i + 1 < lines.Count ? lines[i + 1] : "";
        return next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '(' or '[' or '"' or '\u201C');
    }

    private static bool SameTitle(string line, string title) =>
        string.Equals(line.TrimEnd('.'), title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Normalises lines, drops blank ones, and rejoins a citation PubMed's page splits over lines
    /// ("N Engl J Med" / ". 2019 Mar 14;380(11):1013-1023.").
    /// </summary>
    private static List<string> JoinCitationParts(IReadOnlyList<string> rawLines)
    {
        var lines = new List<string>(rawLines.Count);
        foreach (var raw in rawLines)
        {
            var line = DocumentBuilder.Normalise(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (lines.Count > 0 && CitationContinuation().IsMatch(line))
            {
                lines[^1] = lines[^1].TrimEnd('.') + line;
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    [GeneratedRegex(@"^\.\s*(?:1[89]|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CitationContinuation();
}
