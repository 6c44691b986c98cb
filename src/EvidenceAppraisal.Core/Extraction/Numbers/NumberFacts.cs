using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>
/// The number of participants enrolled or randomised, or for a review the number of studies, that the abstract
/// states (alias <c>samplesize</c>). At most one of each unit per document, participants first; the extractor
/// abstains rather than guess.
/// </summary>
[FactAlias("samplesize")]
public sealed class SampleSizeFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required int Total { get; init; }

    /// <summary>What was counted: participants, or studies for a review.</summary>
    public required string Unit { get; init; }

    public required string Text { get; init; }

    /// <summary>Group sizes stated with the total ("(n = 458) ... (n = 458)"), in the order written.</summary>
    public IReadOnlyList<int> Arms { get; init; } = [];

    /// <summary>The total is the sum of the group sizes; no total was stated.</summary>
    public bool FromArms { get; init; }

    /// <summary>On the studies fact of a review: the number of participants across the included studies, when stated.</summary>
    public int? Participants { get; init; }
}

/// <summary>An effect estimate such as "RR 0.80" (alias <c>estimate</c>).</summary>
[FactAlias("estimate")]
public sealed class EstimateFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>OR, RR, HR, IRR, MD, SMD, RD, ARR, RRR, NNT, NNH, or % for a percentage with a denominator or a comparison.</summary>
    public required string Measure { get; init; }

    public required double Value { get; init; }

    public required string Text { get; init; }

    /// <summary>A confidence interval stands beside the estimate.</summary>
    public bool HasInterval { get; init; }

    /// <summary>The interval's level (95 for a 95% CI), when one stands beside the estimate.</summary>
    public double? Level { get; init; }

    public double? Lower { get; init; }

    public double? Upper { get; init; }

    /// <summary>For a percentage: "12/40 (30%)" gives 12 and 40.</summary>
    public int? Numerator { get; init; }

    public int? Denominator { get; init; }

    /// <summary>The outcome the estimate measures, when the sentence names it; else empty.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>A ratio measure whose interval excludes 1, or a difference whose interval excludes 0.</summary>
    public bool IntervalExcludesNoEffect => Lower is { } lo && Upper is { } hi && (IsRatio ? lo > 1 || hi < 1 : lo > 0 || hi < 0);

    public bool IsRatio => Measure is "OR" or "RR" or "HR" or "IRR";
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

/// <summary>A time frame: a follow-up ("median follow-up of 5.6 years") or an outcome's window ("28-day mortality") (alias <c>followup</c>).</summary>
[FactAlias("followup")]
public sealed class FollowUpFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    public required double Value { get; init; }

    /// <summary>hours, days, weeks, months or years.</summary>
    public required string Unit { get; init; }

    public required string Text { get; init; }

    /// <summary>The phrase names the follow-up itself, not an outcome window or a time point.</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>The phrase says how long something ran ("for five days", "over 12 weeks"), more often a treatment than a follow-up.</summary>
    public bool IsDuration { get; init; }

    /// <summary>The time frame in days (a month is 30.44 days, a year 365.25).</summary>
    public double Days => Unit switch
    {
        "hours" => Value / 24,
        "weeks" => Value * 7,
        "months" => Value * 30.44,
        "years" => Value * 365.25,
        _ => Value,
    };
}
