using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>The number of participants (or, for reviews, studies) the abstract states (alias <c>samplesize</c>).</summary>
[FactAlias("samplesize")]
public sealed class SampleSizeFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required int Total { get; init; }

    /// <summary>What was counted: participants, studies, ...</summary>
    public required string Unit { get; init; }

    public required string Text { get; init; }
}

/// <summary>An effect estimate such as "RR 0.80" (alias <c>estimate</c>).</summary>
[FactAlias("estimate")]
public sealed class EstimateFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>OR, RR, HR, IRR, MD, SMD, RD, NNT, NNH, or % for a percentage with a denominator.</summary>
    public required string Measure { get; init; }

    public required double Value { get; init; }

    public required string Text { get; init; }

    /// <summary>A confidence interval stands beside the estimate.</summary>
    public bool HasInterval { get; init; }

    /// <summary>The outcome the estimate measures, when the sentence names it; else empty.</summary>
    public string Outcome { get; init; } = "";
}

/// <summary>A confidence interval (alias <c>interval</c>).</summary>
[FactAlias("interval")]
public sealed class IntervalFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required double Level { get; init; }

    public required double Lower { get; init; }

    public required double Upper { get; init; }

    public required string Text { get; init; }

    /// <summary>Upper / lower for ratio measures (positive bounds); a crude width for imprecision rules.</summary>
    public double Ratio => Lower > 0 ? Upper / Lower : 0;
}

/// <summary>A p-value as written (alias <c>pvalue</c>).</summary>
[FactAlias("pvalue")]
public sealed class PValueFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required string Text { get; init; }

    /// <summary>&lt;, &gt;, =, ≤, ≥, or "NS".</summary>
    public required string Comparator { get; init; }

    /// <summary>The numeric value, or null for "NS".</summary>
    public double? Value { get; init; }

    public bool IsSignificant => Comparator is "<" or "≤" ? Value <= 0.05 : Comparator == "=" && Value < 0.05;
}
