using System.Text.Json;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Evaluation;

/// <summary>One labelled record of a corpus in the format of <c>corpus/FORMAT.md</c>.</summary>
public sealed record CorpusRecord(string Id, string Task, string Text, JsonElement Labels, string File, int Line)
{
    /// <summary>The record read as plain text; an unreadable record counts as an empty document, so it extracts nothing.</summary>
    public AbstractDocument ToDocument()
    {
        try
        {
            return PlainTextReader.Parse(Id, Text);
        }
        catch (InputException)
        {
            return new DocumentBuilder(Id).Title("").Build();
        }
    }
}
