using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Registration;

/// <summary>A trial or review registration id stated in the abstract or the record (alias <c>registration</c>).</summary>
[FactAlias("registration")]
public sealed class RegistrationFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Registry { get; init; }

    public required string Id { get; init; }

    /// <summary>The id came from the record's metadata (e.g. a PubMed DataBankList), not the text.</summary>
    public bool FromMetadata { get; init; }
}
