using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Support;

/// <summary>Runs the default extraction on an abstract written in a test: a title line, a blank line, the body.</summary>
internal static class Abstracts
{
    public static FactSet Extract(string title, string body) =>
        FactExtraction.Default.Extract(PlainTextReader.Parse("test", title + "\n\n" + body));

    public static FactSet Extract(string title, string body, DocumentMetadata metadata)
    {
        var builder = new DocumentBuilder("test") { Metadata = metadata };
        return FactExtraction.Default.Extract(builder.Title(title).Body(body).Build());
    }
}
