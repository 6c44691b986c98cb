using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>A finding or conclusion stated about an outcome (alias <c>claim</c>). One sentence may hold several.</summary>
[FactAlias("claim")]
public sealed class ClaimFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>reduces, increases, improves, worsens, no-difference, differs, associated or mixed.</summary>
    public required string Direction { get; init; }

    /// <summary>The outcome phrase as written ("28-day mortality").</summary>
    public required string Outcome { get; init; }

    /// <summary>The outcome normalised for matching estimates to claims.</summary>
    public string OutcomeKey => Outcome.ToLowerInvariant();

    /// <summary>The claim says the intervention does good (less of a bad outcome, more of a good one).</summary>
    public required bool IsBenefit { get; init; }

    /// <summary>An effect estimate, interval or p-value stands in the same sentence, or in an adjacent one that names the outcome.</summary>
    public required bool IsQuantified { get; init; }

    /// <summary>
    /// A sentence further away that names the same outcome carries a number ("Mortality was 20% vs 31%" two
    /// sentences before "Heparin reduced mortality"): the claim has numbers behind it, just not beside it.
    /// </summary>
    public bool IsQuantifiedElsewhere { get; init; }

    /// <summary>The number that quantifies the claim ("RR 0.80", "p = 0.03"); empty when none does.</summary>
    public string QuantifiedBy { get; init; } = "";

    /// <summary>The claim reports other work ("studies have found that ...") rather than this study's own finding.</summary>
    public required bool IsReported { get; init; }

    /// <summary>causal, conditional-causal ("may reduce"), associational ("associated with") or hedged ("suggests that ... reduces").</summary>
    public required string Strength { get; init; }

    /// <summary>Where the claim stands: results, conclusions, background, ...</summary>
    public required SectionRole Role { get; init; }

    /// <summary>The verb phrase that carries the claim ("reduce", "did not reduce").</summary>
    public required string Cue { get; init; }

    /// <summary>The claim was negated ("did not reduce", "no difference in"): its direction is no-difference.</summary>
    public bool IsNegated { get; init; }

    /// <summary>The sentence as a whole states a conclusion or main finding of the work (see <see cref="ClaimSentenceFact"/>).</summary>
    public bool IsConclusion { get; init; }

    /// <summary>The intervention the claim is about, where the sentence names it; else empty.</summary>
    public string Intervention { get; init; } = "";

    /// <summary>What the intervention was compared with, where the sentence names it ("placebo"); else empty.</summary>
    public string Comparator { get; init; } = "";

    public string RoleName => Role.ToString().ToLowerInvariant();

    /// <summary>Reads as a phrase: "a reduction", "an improvement", "no difference".</summary>
    public string DirectionPhrase => Direction switch
    {
        "reduces" => "a reduction",
        "increases" => "an increase",
        "improves" => "an improvement",
        "worsens" => "a worsening",
        "no-difference" => "no difference",
        "differs" => "a difference",
        "associated" => "an association",
        "mixed" => "mixed effects",
        _ => "an effect",
    };
}
