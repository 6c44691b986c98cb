using System.Text.RegularExpressions;
using System.Xml;

namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>
/// Reads PubMed XML (efetch's or a baseline file's <c>PubmedArticleSet</c>, plain or gzip) record by record with an
/// <see cref="XmlReader"/>: a 30,000-record file is never held in memory. DTDs are ignored and nothing is resolved;
/// <see cref="XmlProlog"/> has refused entity declarations before the parser starts. A record that cannot be read
/// is reported with its PMID, line and column, and reading goes on with the next record, even past malformed XML.
/// </summary>
public sealed partial class PubMedXmlReader : IDocumentReader
{
    public InputFormat Format => InputFormat.PubMedXml;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var prolog = XmlProlog.Check(source);
        if (prolog.Root is not null && prolog.Root is not ("PubmedArticleSet" or "PubmedArticle" or "PubmedBookArticle" or "PubmedBookArticleSet"))
        {
            throw new InputException(new ReadError(source.Name, $"is XML but not PubMed XML: its root element is <{prolog.Root}>, not <PubmedArticleSet>"));
        }

        var ordinal = 0;
        var records = 0;
        var cursor = XmlRecordCursor.Open(source, prolog);
        try
        {
            while (cursor is not null)
            {
                var step = cursor.Next(source.Name, ordinal + 1, options);
                if (step.Kind == StepKind.End)
                {
                    yield break;
                }

                if (step.Kind == StepKind.Record)
                {
                    ordinal++;
                    records++;
                    yield return step.Result!;
                    continue;
                }

                // Malformed XML. Before any record it is the whole input that is unreadable; after one, the bad
                // record is reported and reading resumes at the next record's start tag.
                if (records == 0 && !step.InRecord)
                {
                    throw new InputException(step.Result!.Error!);
                }

                ordinal += step.InRecord ? 1 : 0;
                yield return step.Result!;
                cursor.Dispose();
                cursor = XmlRecordCursor.Resume(source, prolog, step.ResumeLine, step.ResumeColumn);
            }
        }
        finally
        {
            cursor?.Dispose();
        }
    }

    internal enum StepKind
    {
        End,
        Record,
        Malformed,
    }

    internal sealed record Step(StepKind Kind, ReadResult? Result = null, bool InRecord = false, int ResumeLine = 0, int ResumeColumn = 0);

    /// <summary>"Unexpected end tag. Line 3, position 5." loses its position: the error names it in its own place.</summary>
    internal static string WithoutPosition(string message) => XmlPosition().Replace(message, "").TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex XmlPosition();
}
