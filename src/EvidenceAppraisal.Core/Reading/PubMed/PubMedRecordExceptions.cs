namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>A record whose XML is well-formed but breaks PubMed's structure (a record opened inside another).</summary>
internal sealed class PubMedStructureException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A record with more text than the single-abstract limit allows.</summary>
internal sealed class PubMedRecordTooLargeException(long limit) : Exception($"has more text than the limit of {limit:N0} characters for a single abstract");
