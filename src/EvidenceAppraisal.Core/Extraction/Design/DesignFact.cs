using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>What kind of study the abstract describes (alias <c>design</c>), with its cues.</summary>
[FactAlias("design")]
public sealed class DesignFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>
    /// Lower-case hyphenated design name: randomized-controlled-trial, non-randomized-trial, systematic-review,
    /// meta-analysis, narrative-review, observational-study, case-report, case-series, guideline, editorial,
    /// protocol, diagnostic-accuracy, economic-evaluation, qualitative, animal-or-lab or other.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>0..1: how sure the extractor is.</summary>
    public required double Confidence { get; init; }

    /// <summary>The cue phrases the design rests on, as written.</summary>
    public required IReadOnlyList<string> Cues { get; init; }

    /// <summary>Where each cue phrase stands in the document text, in the order of <see cref="Cues"/>.</summary>
    public IReadOnlyList<Span> CueSpans { get; init; } = [];

    /// <summary>The sentences quoting those cues.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>The design came from PubMed's publication types, not from the text.</summary>
    public bool FromIndexing { get; init; }

    /// <summary>The design the text alone supports (equal to <see cref="Kind"/> unless it came from indexing).</summary>
    public string TextKind { get; init; } = "";

    /// <summary>Finer label where the text says: cohort, case-control, cross-sectional; else empty.</summary>
    public string Subtype { get; init; } = "";

    /// <summary>
    /// Traits stated for this study: pilot, crossover, cluster, non-inferiority, equivalence, phase-I..phase-IV,
    /// blinded (and single-blind, double-blind, triple-blind), open-label, multicentre, placebo-controlled,
    /// secondary-analysis.
    /// </summary>
    public IReadOnlySet<string> Traits { get; init; } = new HashSet<string>();

    public bool IsRandomized => Kind == "randomized-controlled-trial";

    public bool IsSystematic => Kind is "systematic-review" or "meta-analysis";

    public bool IsPrimaryStudy => Kind is "randomized-controlled-trial" or "non-randomized-trial" or "observational-study" or "case-report" or "case-series" or "diagnostic-accuracy" or "qualitative" or "animal-or-lab";

    public bool IsBlinded => Traits.Contains("blinded");

    /// <summary>The trial phase stated ("II", "III"), or empty.</summary>
    public string Phase => Traits.Where(t => t.StartsWith("phase-", StringComparison.Ordinal)).Select(t => t[6..]).OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).LastOrDefault() ?? "";

    public bool HasTrait(string trait) => Traits.Contains(trait);

    /// <summary>The design in plain words for a clinician.</summary>
    public string PlainName => Kind switch
    {
        "randomized-controlled-trial" => "randomised controlled trial",
        "non-randomized-trial" => "non-randomised trial",
        "systematic-review" => "systematic review",
        "meta-analysis" => "meta-analysis",
        "narrative-review" => "narrative review",
        "observational-study" => Subtype.Length > 0 ? $"observational study ({Subtype})" : "observational study",
        "case-report" => "case report",
        "case-series" => "case series",
        "animal-or-lab" => "animal or laboratory study",
        "diagnostic-accuracy" => "diagnostic accuracy study",
        "economic-evaluation" => "economic evaluation",
        "qualitative" => "qualitative study",
        "protocol" => "study protocol",
        _ => Kind.Replace('-', ' '),
    };
}
