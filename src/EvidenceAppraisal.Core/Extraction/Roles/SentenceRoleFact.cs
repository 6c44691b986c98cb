using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>The role of one body sentence (alias <c>sentence</c>), from its heading or inferred.</summary>
[FactAlias("sentence")]
public sealed class SentenceRoleFact : Fact
{
    public SentenceRoleFact(Span span, string quote, int sentenceIndex) : base(span, quote, sentenceIndex)
    {
    }

    public required SectionRole Role { get; init; }

    /// <summary>The role came from an author's heading rather than from inference.</summary>
    public required bool FromHeading { get; init; }

    public string RoleName => Role.ToString().ToLowerInvariant();
}
