using System.Text.Json;

namespace EvidenceAppraisal.Evaluation;

/// <summary>One labelled record of a corpus in the format of <c>corpus/FORMAT.md</c>.</summary>
public sealed record CorpusRecord(string Id, string Task, string Text, JsonElement Labels, string File, int Line);
