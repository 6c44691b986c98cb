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

    public bool AboutMechanism => About.Contains("mechanism");

    public bool AboutDosing => About.Contains("dosing");

    public string AboutText => About.Count == 0 ? "its subject" : string.Join(" and ", About);
}

/// <summary>
/// A hedged statement (alias <c>hedge</c>): one per sentence, resting on its first cue. Kinds: modal ("may"),
/// evidential ("suggests", "appears to"), hypothesis, approximator ("a certain effect"), question ("whether").
/// </summary>
[FactAlias("hedge")]
public sealed class HedgeFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The first hedge cue of the sentence as written.</summary>
    public required string Cue { get; init; }

    /// <summary>The kind of the first cue.</summary>
    public required string Kind { get; init; }

    /// <summary>Every hedge cue of the sentence, in order.</summary>
    public required IReadOnlyList<string> Cues { get; init; }
}

/// <summary>
/// A statement of what something can (or cannot) do (alias <c>capability</c>): "heparin can bind antithrombin",
/// "cells were able to". Not speculation, but a weaker claim than a finding that it does: annotators of
/// speculation (GENIA meta-knowledge) count it as some uncertainty, so the hedges evaluation counts it too.
/// </summary>
[FactAlias("capability")]
public sealed class CapabilityFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }
}

/// <summary>A call for more research (alias <c>furtherresearch</c>).</summary>
[FactAlias("furtherresearch")]
public sealed class FurtherResearchFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }
}

/// <summary>An admitted limitation of the work (alias <c>limitation</c>): "a limitation of this study", "small sample size".</summary>
[FactAlias("limitation")]
public sealed class LimitationFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }
}

/// <summary>A question the abstract says is open (alias <c>openquestion</c>): "remains unclear", "little is known".</summary>
[FactAlias("openquestion")]
public sealed class OpenQuestionFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Cue { get; init; }

    /// <summary>What is open, where the sentence says: effectiveness, safety, mechanism, dosing; else empty.</summary>
    public required IReadOnlyList<string> About { get; init; }
}
