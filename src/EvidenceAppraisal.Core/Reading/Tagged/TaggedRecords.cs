using System.Text;
using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>One field of a tagged record: its tag, its value with continuation lines joined, and the line it starts on.</summary>
internal sealed record TaggedField(string Tag, string Value, int Line);

/// <summary>A record of a tagged export: its fields in order and the line it starts on.</summary>
internal sealed record TaggedRecord(IReadOnlyList<TaggedField> Fields, int Line)
{
    public string? First(params string[] tags) => tags.Select(t => Fields.FirstOrDefault(f => f.Tag == t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public IEnumerable<string> All(string tag) => Fields.Where(f => f.Tag == tag).Select(f => f.Value);
}

/// <summary>
/// Splits the line-tagged exports of citation managers into records, streamed line by line: MEDLINE (PubMed's
/// .nbib, "TAG - value", records apart by blank lines, continuation lines indented) and RIS ("TY  - " to
/// "ER  - "). Decoding is strict UTF-8; a bad byte stops the input with its line and column.
/// </summary>
internal static partial class TaggedRecords
{
    public static IEnumerable<TaggedRecord> Medline(InputSource source) =>
        Read(source, MedlineTag(), startsRecord: tag => tag == "PMID", endsRecord: _ => false, blankEndsRecord: true);

    public static IEnumerable<TaggedRecord> Ris(InputSource source) =>
        Read(source, RisTag(), startsRecord: tag => tag == "TY", endsRecord: tag => tag == "ER", blankEndsRecord: false);

    private static IEnumerable<TaggedRecord> Read(InputSource source, Regex tagLine, Func<string, bool> startsRecord, Func<string, bool> endsRecord, bool blankEndsRecord)
    {
        using var reader = TextDecoder.OpenReader(source);
        var fields = new List<TaggedField>();
        var recordLine = 0;
        string? tag = null;
        var value = new StringBuilder();
        var valueLine = 0;
        var lineNumber = 0;

        TaggedRecord? CloseRecord()
        {
            CloseField();
            if (fields.Count == 0)
            {
                return null;
            }

            var record = new TaggedRecord(fields.ToArray(), recordLine);
            fields.Clear();
            return record;
        }

        void CloseField()
        {
            if (tag is not null)
            {
                fields.Add(new TaggedField(tag, value.ToString().Trim(), valueLine));
            }

            tag = null;
            value.Clear();
        }

        while (ReadLine(reader, source) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (blankEndsRecord && CloseRecord() is { } ended)
                {
                    yield return ended;
                }

                continue;
            }

            var match = tagLine.Match(line);
            if (!match.Success)
            {
                // A continuation line (indented in MEDLINE; wrapped by some RIS exporters); outside any field, stray text.
                if (tag is not null)
                {
                    value.Append(' ').Append(line.Trim());
                }

                continue;
            }

            var newTag = match.Groups["tag"].Value;
            if (startsRecord(newTag) && CloseRecord() is { } previous)
            {
                yield return previous;
            }

            CloseField();
            if (fields.Count == 0)
            {
                recordLine = lineNumber;
            }

            if (endsRecord(newTag))
            {
                if (CloseRecord() is { } closed)
                {
                    yield return closed;
                }

                continue;
            }

            (tag, valueLine) = (newTag, lineNumber);
            value.Append(match.Groups["value"].Value);
        }

        if (CloseRecord() is { } last)
        {
            yield return last;
        }
    }

    private static string? ReadLine(StreamReader reader, InputSource source)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw TextDecoder.InvalidUtf8(source);
        }
    }

    /// <summary>"PMID- 123", "TI  - Title", "FAU - Smith, Jane": a tag of up to four capitals or digits padded to four, then "- ".</summary>
    [GeneratedRegex(@"^(?=[A-Z0-9 ]{4}- )(?<tag>[A-Z][A-Z0-9]{1,3}) *- (?<value>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MedlineTag();

    /// <summary>"TY  - JOUR", "ER  -": two characters, two spaces, a hyphen.</summary>
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  -(?: (?<value>.*))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RisTag();
}
