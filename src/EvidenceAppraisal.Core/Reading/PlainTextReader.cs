using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Reads an abstract pasted as text, from a web page or typed: drops page furniture, takes the first
/// remaining line as the title and the prose that follows as the abstract, with its headings.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Text;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var text = TextDecoder.ReadAll(source, options.MaxTextBytes);
        yield return ReadResult.Ok(Parse(source.Name, text));
    }

    /// <summary>A title is one line of modest length; a long paragraph of several sentences is abstract text without one.</summary>
    private static bool LooksLikeTitle(string line) =>
        line.Length <= 350 || SentenceSplitter.Split(line, 0, line.Length).Take(3).Count() < 3;

    public static AbstractDocument Parse(string sourceName, string text, string? recordId = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var builder = new DocumentBuilder(sourceName, recordId);
        string? title = null;
        var body = new List<string>();
        foreach (var raw in lines)
        {
            var line = DocumentBuilder.Normalise(raw);
            if (line.Length == 0 || PageFurniture.IsFurniture(line))
            {
                continue;
            }

            if (PageFurniture.EndsAbstract(line))
            {
                if (body.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (title is null && body.Count == 0 && LooksLikeTitle(line))
            {
                title = line;
            }
            else
            {
                body.Add(line);
            }
        }

        if (title is null && body.Count == 0)
        {
            throw new InputException(new ReadError(sourceName, "holds no abstract text once page furniture is removed", recordId));
        }

        builder.Title(title ?? "");
        // Lines of one paragraph may have been wrapped: join them, the builder re-flows white space.
        builder.Body(string.Join("\n", body));
        return builder.Build();
    }
}
