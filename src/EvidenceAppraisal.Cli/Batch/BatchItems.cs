using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>One record on its way to a worker: its place in the input order, its key and what the reader made of it.</summary>
internal sealed record WorkItem(long Sequence, string Key, string Source, ReadResult? Read, ErrorRow? InputError);

/// <summary>
/// What a worker made of one record, waiting for its turn to be written: the appraisal's JSON line (in a
/// pooled buffer the writer returns) and summary row, or the error row.
/// </summary>
internal sealed class Outcome
{
    public required long Sequence { get; init; }

    public required string Key { get; init; }

    public byte[]? Line { get; init; }

    public int LineLength { get; init; }

    public SummaryRow? Summary { get; init; }

    public ErrorRow? Error { get; init; }
}
