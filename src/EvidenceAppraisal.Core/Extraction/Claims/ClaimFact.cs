using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>A finding or conclusion stated about an outcome (alias <c>claim</c>).</summary>
[FactAlias("claim")]
public sealed class ClaimFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>reduces, increases, improves, worsens, no-difference, associated, mixed.</summary>
    public required string Direction { get; init; }

    /// <summary>The outcome phrase as written ("28-day mortality").</summary>
    public required string Outcome { get; init; }

    /// <summary>The outcome normalised for matching estimates to claims.</summary>
    public string OutcomeKey => Outcome.ToLowerInvariant();

    /// <summary>The claim says the intervention does good (less of a bad outcome, more of a good one).</summary>
    public required bool IsBenefit { get; init; }

    /// <summary>An effect estimate, interval or p-value stands in the same or an adjacent sentence.</summary>
    public required bool IsQuantified { get; init; }

    /// <summary>The claim reports other work ("studies have found that ...") rather than this study's own finding.</summary>
    public required bool IsReported { get; init; }

    /// <summary>causal, conditional-causal, associational or hedged.</summary>
    public required string Strength { get; init; }

    /// <summary>Where the claim stands: results, conclusions, background, ...</summary>
    public required SectionRole Role { get; init; }

    /// <summary>The verb phrase that carries the claim ("reduce").</summary>
    public required string Cue { get; init; }

    public string RoleName => Role.ToString().ToLowerInvariant();

    /// <summary>Reads as a phrase: "a reduction", "an improvement", "no difference".</summary>
    public string DirectionPhrase => Direction switch
    {
        "reduces" => "a reduction",
        "increases" => "an increase",
        "improves" => "an improvement",
        "worsens" => "a worsening",
        "no-difference" => "no difference",
        "associated" => "an association",
        _ => "an effect",
    };
}
