using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>
/// Puts the numbers an abstract states together as a reader would: each estimate with the interval and
/// p-value written beside it, and each claim with the numbers that stand behind it.
/// </summary>
internal sealed class KeyNumbers
{
    private readonly IReadOnlyList<EstimateFact> _estimates;
    private readonly IReadOnlyList<IntervalFact> _intervals;
    private readonly IReadOnlyList<PValueFact> _pValues;

    public KeyNumbers(FactSet facts)
    {
        _estimates = facts.Of<EstimateFact>().OrderBy(f => f.Span.Start).ToList();
        _intervals = facts.Of<IntervalFact>().OrderBy(f => f.Span.Start).ToList();
        _pValues = facts.Of<PValueFact>().OrderBy(f => f.Span.Start).ToList();
        SampleSize = facts.Of<SampleSizeFact>().FirstOrDefault();
    }

    public SampleSizeFact? SampleSize { get; }

    public NumbersView View(string? followUp) => new()
    {
        SampleSize = SampleSize?.Total,
        SampleSizeUnit = SampleSize?.Unit,
        SampleSizeSentence = SampleSize is { SentenceIndex: >= 0 } s ? s.Quote : null,
        FollowUp = followUp,
        EffectEstimates = _estimates.Select(e => new EstimateView(
            e.Text, e.Measure, e.Value, e.HasInterval, e.Quote, e.Outcome.Length > 0 ? e.Outcome : null,
            Beside(e, _intervals)?.Text, Beside(e, _pValues)?.Text)).ToList(),
        ConfidenceIntervals = _intervals.Select(i => new IntervalView(i.Text, i.Level, i.Lower, i.Upper)).ToList(),
        PValues = _pValues.Select(p => new PValueView(p.Text, p.Comparator, p.Value)).ToList(),
        OtherIntervals = _intervals.Where(i => !IsPaired(i, _intervals)).Select(i => i.Text).ToList(),
        OtherPValues = _pValues.Where(p => !IsPaired(p, _pValues)).Select(p => p.Text).ToList(),
    };

    /// <summary>
    /// The numbers behind a claim: those in its own sentence; else estimates naming its outcome; else, when the
    /// extractor saw numbers in a neighbouring sentence, those.
    /// </summary>
    public IReadOnlyList<string> Behind(ClaimFact claim)
    {
        var own = InSentences([claim.SentenceIndex]);
        if (own.Count > 0)
        {
            return own;
        }

        var key = claim.OutcomeKey;
        var named = _estimates.Where(e => e.Outcome.Length > 0 && (key.Contains(e.Outcome, StringComparison.OrdinalIgnoreCase) || e.Outcome.Contains(key, StringComparison.OrdinalIgnoreCase)))
            .Select(Describe).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        return claim.IsQuantified ? InSentences([claim.SentenceIndex - 1, claim.SentenceIndex + 1]) : [];
    }

    private List<string> InSentences(int[] sentences)
    {
        var numbers = _estimates.Where(e => sentences.Contains(e.SentenceIndex)).Select(Describe).ToList();
        // Intervals and p-values with no estimate beside them still stand behind a claim.
        numbers.AddRange(_intervals.Where(i => sentences.Contains(i.SentenceIndex) && !IsPaired(i, _intervals)).Select(i => i.Text));
        numbers.AddRange(_pValues.Where(p => sentences.Contains(p.SentenceIndex) && !IsPaired(p, _pValues)).Select(p => p.Text));
        return numbers;
    }

    private bool IsPaired<T>(T fact, IReadOnlyList<T> all) where T : Fact => _estimates.Any(e => ReferenceEquals(Beside(e, all), fact));

    private string Describe(EstimateFact e)
    {
        var extras = new[] { Beside(e, _intervals)?.Text, Beside(e, _pValues)?.Text }.OfType<string>().ToList();
        return extras.Count == 0 ? e.Text : $"{e.Text} ({string.Join("; ", extras)})";
    }

    /// <summary>The first fact after the estimate in its sentence, before the next estimate: how abstracts write "RR 0.8, 95% CI ..., p = ...".</summary>
    private T? Beside<T>(EstimateFact estimate, IReadOnlyList<T> candidates) where T : Fact
    {
        var next = _estimates.FirstOrDefault(e => e.SentenceIndex == estimate.SentenceIndex && e.Span.Start > estimate.Span.Start);
        return candidates.FirstOrDefault(c => c.SentenceIndex == estimate.SentenceIndex && c.Span.Start > estimate.Span.Start && (next is null || c.Span.Start < next.Span.Start));
    }
}
