using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading.Text;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Reads an abstract pasted as text, from a web page or typed: drops page furniture, keeps the title,
/// the abstract with its headings, and the bibliographic details the page states (see <see cref="PageTextParser"/>).
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Text;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var text = TextDecoder.ReadAll(source, options.MaxTextBytes);
        yield return ReadResult.Ok(Parse(source.Name, text));
    }

    public static AbstractDocument Parse(string sourceName, string text, string? recordId = null) =>
        PageTextParser.Parse(sourceName, recordId, PageTextParser.Lines(text), PageHints.None);
}
