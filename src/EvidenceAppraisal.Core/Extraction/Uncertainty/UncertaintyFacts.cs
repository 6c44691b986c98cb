using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Uncertainty;

/// <summary>The abstract states a controversy or conflicting evidence (alias <c>controversy</c>).</summary>
[FactAlias("controversy")]
public sealed class ControversyFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }

    /// <summary>What the controversy is about, where the sentence says: effectiveness, safety, mechanism, dosing; else empty.</summary>
    public required IReadOnlyList<string> About { get; init; }

    public bool AboutEffectiveness => About.Contains("effectiveness");

    public bool AboutSafety => About.Contains("safety");

    public string AboutText => About.Count == 0 ? "its subject" : string.Join(" and ", About);
}

/// <summary>A hedged statement: "may", "suggests", "a certain effect" (alias <c>hedge</c>).</summary>
[FactAlias("hedge")]
public sealed class HedgeFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }
}

/// <summary>A call for more research (alias <c>furtherresearch</c>).</summary>
[FactAlias("furtherresearch")]
public sealed class FurtherResearchFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }
}
