using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Funding;

/// <summary>A statement of who funded or supported the study (alias <c>funding</c>).</summary>
[FactAlias("funding")]
public sealed class FundingFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The funders named, as written ("the National Institutes of Health", "Pfizer Inc").</summary>
    public required IReadOnlyList<string> Funders { get; init; }

    /// <summary>A funder is a company (a drug or device maker).</summary>
    public bool IsIndustry { get; init; }

    /// <summary>A funder is a government body, research council, charity, foundation or university.</summary>
    public bool IsPublic { get; init; }

    /// <summary>The statement says the study had no funding.</summary>
    public bool NoFunding { get; init; }

    /// <summary>The statement is under a heading (Funding, Sources of support, ...), not inferred from prose.</summary>
    public bool FromHeading { get; init; }
}

/// <summary>A conflict-of-interest or competing-interests statement (alias <c>conflict</c>).</summary>
[FactAlias("conflict")]
public sealed class ConflictFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The statement declares interests (fees, grants, employment, shares); false when it declares none.</summary>
    public required bool HasConflicts { get; init; }

    /// <summary>Companies the declared interests involve, as written.</summary>
    public IReadOnlyList<string> Companies { get; init; } = [];

    /// <summary>An author is employed by, or holds shares in, a company.</summary>
    public bool IsEmployment { get; init; }
}
