using System.Globalization;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>
/// Finds the trial numbers of an abstract, in its title and in each sentence: confidence intervals, effect
/// estimates (linked to their interval and, where the sentence names it, their outcome), p-values, follow-up
/// times and the sample size (or, for a review, the number of studies and participants).
/// </summary>
public sealed class NumbersExtractor : IFactExtractor
{
    /// <summary>Below this score the best sample-size candidate is not trusted and no sample size is stated.</summary>
    private const double SampleSizeThreshold = 1.0;

    /// <summary>Candidates this close to the best score compete on size.</summary>
    private const double LargestBand = 3.0;

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var candidates = new List<SampleSizeCandidate>();
        (int Studies, Span Span, string Quote, int Index)? studies = null;
        var units = document.Sentences.Count + 1;
        for (var i = -1; i < document.Sentences.Count; i++)
        {
            var unit = i < 0 ? new TextUnit(document.Title, document.TitleSpan.Start, -1) : new TextUnit(document.Sentences[i].Text, document.Sentences[i].Span.Start, i);
            if (unit.Text.Length == 0)
            {
                continue;
            }

            var mask = context.CueMask(NumberPatterns.Set, i);
            var intervals = Intervals(context, unit, mask);
            Estimates(context, unit, intervals, mask);
            PValues(context, unit, mask);
            FollowUp(context, unit, mask);
            candidates.AddRange(SampleSizeFinder.Find(unit.Text, context.CueMask(SampleSizeFinder.Set, i), i, i < 0, (double)(i + 1) / units));
            if (studies is null && SampleSizeFinder.Studies(unit.Text, context.CueMask(SampleSizeFinder.Set, i)) is { } found)
            {
                studies = (found.Studies, unit.SpanOf(found.Start, found.Length), unit.Text, i);
            }
        }

        foreach (var sampleSize in SampleSizes(document, candidates, studies))
        {
            context.Add(sampleSize);
        }
    }

    private static List<IntervalFact> Intervals(ExtractionContext context, TextUnit unit, ulong mask)
    {
        var intervals = new List<IntervalFact>();
        foreach (Match m in NumberPatterns.Interval.Matches(unit.Text, mask))
        {
            if (!NumberPatterns.TryParseBounds(m, out var lower, out var upper))
            {
                continue;
            }

            var fact = new IntervalFact(unit.SpanOf(m.Index, m.Length), unit.Text, unit.Index)
            {
                Level = m.Groups["level"].Success ? NumberPatterns.ParseNumber(m.Groups["level"].Value) : 95,
                Lower = lower,
                Upper = upper,
                Text = m.Value,
            };
            intervals.Add(fact);
            context.Add(fact);
        }

        return intervals;
    }

    private static void Estimates(ExtractionContext context, TextUnit unit, List<IntervalFact> intervals, ulong mask)
    {
        foreach (Match m in NumberPatterns.Estimate.Matches(unit.Text, mask))
        {
            var span = unit.SpanOf(m.Index, m.Length);
            var interval = intervals.FirstOrDefault(ci => ci.Span.Start >= span.Start && ci.Span.Start - span.End < 40);
            context.Add(new EstimateFact(span, unit.Text, unit.Index)
            {
                Measure = NumberPatterns.CanonicalMeasure(m.Groups["measure"].Value),
                Value = NumberPatterns.ParseNumber(m.Groups["value"].Value),
                Text = m.Value,
                HasInterval = interval is not null,
                Level = interval?.Level,
                Lower = interval?.Lower,
                Upper = interval?.Upper,
                Outcome = m.Groups["outcome"].Success ? m.Groups["outcome"].Value.Trim() : OutcomeLink.Find(unit.Text, m.Index),
            });
        }

        foreach (Match m in NumberPatterns.Percentage.Matches(unit.Text, mask))
        {
            context.Add(new EstimateFact(unit.SpanOf(m.Index, m.Length), unit.Text, unit.Index)
            {
                Measure = "%",
                Value = NumberPatterns.ParseNumber(m.Groups["value"].Value),
                Text = m.Value,
                Numerator = m.Groups["num"].Success ? NumberPatterns.ParseCount(m.Groups["num"].Value) : null,
                Denominator = m.Groups["den"].Success ? NumberPatterns.ParseCount(m.Groups["den"].Value) : null,
                Outcome = OutcomeLink.Find(unit.Text, m.Index),
            });
        }
    }

    private static void PValues(ExtractionContext context, TextUnit unit, ulong mask)
    {
        foreach (Match m in NumberPatterns.PValue.Matches(unit.Text, mask))
        {
            var isNs = m.Groups["ns"].Success;
            var value = m.Groups["val"].Success ? m.Groups["val"].Value : m.Groups["val2"].Value;
            context.Add(new PValueFact(unit.SpanOf(m.Index, m.Length), unit.Text, unit.Index)
            {
                Text = m.Value,
                Comparator = isNs ? "NS" : m.Groups["cmp"].Success ? NumberPatterns.Comparator(m.Groups["cmp"].Value) : "=",
                Value = isNs ? null : NumberPatterns.ParsePValue(value),
            });
        }
    }

    private static void FollowUp(ExtractionContext context, TextUnit unit, ulong mask)
    {
        // Follow-up lengths first, then outcome windows, then time points; a phrase is read once.
        List<(int Start, int End)>? taken = null;
        foreach (var pattern in NumberPatterns.TimeFrames)
        {
            foreach (Match m in pattern.Matches(unit.Text, mask))
            {
                if (taken is not null && taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)
                    || !NumberWords.TryParse(m.Groups["n"].Value, out var count) && !double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    continue;
                }

                (taken ??= []).Add((m.Index, m.Index + m.Length));
                context.Add(new FollowUpFact(unit.SpanOf(m.Index, m.Length), unit.Text, unit.Index)
                {
                    Value = count > 0 ? count : NumberPatterns.ParseNumber(m.Groups["n"].Value),
                    Unit = NumberPatterns.TimeUnit(m.Groups["unit"].Value),
                    Text = m.Value.Trim(),
                    IsFollowUp = m.Groups["follow"].Success,
                    IsDuration = !m.Groups["follow"].Success && m.Groups["prep"].Value.ToLowerInvariant() is "for" or "over" or "during",
                });
            }
        }
    }

    /// <summary>
    /// The participants' total (when a candidate is strong enough) and, for a review, the number of studies; the
    /// participants come first.
    /// </summary>
    private static IEnumerable<SampleSizeFact> SampleSizes(AbstractDocument document, List<SampleSizeCandidate> candidates, (int Studies, Span Span, string Quote, int Index)? studies)
    {
        var participants = Participants(document, candidates);
        if (participants is not null)
        {
            yield return participants;
        }

        if (studies is { } review)
        {
            yield return new SampleSizeFact(review.Span, review.Quote, review.Index)
            {
                Total = review.Studies,
                Unit = "studies",
                Text = document.Slice(review.Span),
                Participants = participants?.Total,
            };
        }
    }

    private static SampleSizeFact? Participants(AbstractDocument document, List<SampleSizeCandidate> candidates)
    {
        var scored = candidates.Where(c => !c.IsArm).ToList();
        if (scored.Count == 0 || scored.Max(c => c.Score) < SampleSizeThreshold)
        {
            return null;
        }

        // Among the credible candidates the largest is the enrolled total: randomised, analysed and group counts
        // are parts of it. A planned size counts only when nothing stated as done is as strong.
        var top = scored.Max(c => c.Score);
        var best = scored.Where(c => c.Score >= top - LargestBand && !c.IsPlanned).OrderByDescending(c => c.Value).ThenByDescending(c => c.Score).FirstOrDefault()
            ?? scored.OrderByDescending(c => c.Score).First();
        var (quote, offset) = Unit(document, best.SentenceIndex);
        return new SampleSizeFact(new Span(offset + best.Start, best.Length), quote, best.SentenceIndex)
        {
            Total = best.Value,
            Unit = "participants",
            Text = quote.Substring(best.Start, best.Length),
            Arms = candidates.Where(c => c.IsArm && c.SentenceIndex == best.SentenceIndex).OrderBy(c => c.Start).Select(c => c.Value).ToList(),
            FromArms = best.IsSum,
        };
    }

    private static (string Text, int Start) Unit(AbstractDocument document, int index) =>
        index < 0 ? (document.Title, document.TitleSpan.Start) : (document.Sentences[index].Text, document.Sentences[index].Span.Start);

    /// <summary>The title or one sentence: its text, where it starts in the document and its index (-1 for the title).</summary>
    private readonly record struct TextUnit(string Text, int Start, int Index)
    {
        public Span SpanOf(int offset, int length) => new(Start + offset, length);
    }
}
