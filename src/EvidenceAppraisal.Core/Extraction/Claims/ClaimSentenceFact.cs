using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>
/// A sentence that states a finding or conclusion (alias <c>claimsentence</c>), whether or not it names an
/// outcome: "Taken together, our results indicate that HuD represses lipid synthesis." Outcome-level
/// detail lives in the <see cref="ClaimFact"/>s of the same sentence.
/// </summary>
[FactAlias("claimsentence")]
public sealed class ClaimSentenceFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The sentence reports other work ("previous studies have shown that ...").</summary>
    public required bool IsReported { get; init; }

    /// <summary>An effect estimate, interval or p-value stands in the sentence.</summary>
    public required bool IsQuantified { get; init; }

    /// <summary>causal, conditional-causal, associational or hedged, as for <see cref="ClaimFact.Strength"/>.</summary>
    public required string Strength { get; init; }

    /// <summary>Where the sentence stands: results, conclusions, ...</summary>
    public required SectionRole Role { get; init; }

    /// <summary>The words that most mark it as a claim ("these results suggest"); empty when its place in the abstract does.</summary>
    public required string Cue { get; init; }

    /// <summary>How strongly the sentence reads as a claim (above zero: a claim); for ordering, not for thresholds in rules.</summary>
    public required double Score { get; init; }

    /// <summary>The number of outcome claims (<see cref="ClaimFact"/>) found in the sentence.</summary>
    public required int OutcomeClaims { get; init; }

    public string RoleName => Role.ToString().ToLowerInvariant();
}
