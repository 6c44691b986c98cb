using System.Globalization;
using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>Finds sample sizes, effect estimates, confidence intervals and p-values, sentence by sentence.</summary>
public sealed class NumbersExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        SampleSizeFact? best = null;
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text;
            var intervals = new List<IntervalFact>();
            foreach (Match m in NumberPatterns.Interval().Matches(text))
            {
                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                var fact = new IntervalFact(span, quote, index)
                {
                    Level = NumberPatterns.ParseNumber(m.Groups["level"].Value),
                    Lower = NumberPatterns.ParseNumber(m.Groups["lo"].Value),
                    Upper = NumberPatterns.ParseNumber(m.Groups["hi"].Value),
                    Text = m.Value,
                };
                intervals.Add(fact);
                context.Add(fact);
            }

            foreach (Match m in NumberPatterns.Estimate().Matches(text))
            {
                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                var next = intervals.FirstOrDefault(ci => ci.Span.Start >= span.Start && ci.Span.Start - span.End < 40);
                context.Add(new EstimateFact(span, quote, index)
                {
                    Measure = Canonical(m.Groups["measure"].Value),
                    Value = NumberPatterns.ParseNumber(m.Groups["value"].Value),
                    Text = m.Value,
                    HasInterval = next is not null,
                });
            }

            foreach (Match m in NumberPatterns.Percentage().Matches(text))
            {
                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                context.Add(new EstimateFact(span, quote, index)
                {
                    Measure = "%",
                    Value = NumberPatterns.ParseNumber(m.Groups["value"].Value),
                    Text = m.Value,
                });
            }

            foreach (Match m in NumberPatterns.PValue().Matches(text))
            {
                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                var isNs = m.Groups["ns"].Success;
                var value = m.Groups["val"].Success ? m.Groups["val"].Value : m.Groups["val2"].Value;
                context.Add(new PValueFact(span, quote, index)
                {
                    Text = m.Value.Trim('(', ')'),
                    Comparator = isNs ? "NS" : m.Groups["cmp"].Success ? Comparator(m.Groups["cmp"].Value) : "=",
                    Value = isNs ? null : ParsePValue(value),
                });
            }

            foreach (Match m in NumberPatterns.SampleSize().Matches(text))
            {
                if (!int.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    continue;
                }

                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                var candidate = new SampleSizeFact(span, quote, index)
                {
                    Total = n,
                    Unit = unit.Length == 0 ? "participants" : unit.Contains("stud", StringComparison.Ordinal) || unit.Contains("trial", StringComparison.Ordinal) || unit == "rcts" ? "studies" : "participants",
                    Text = m.Value,
                };
                // The first participant count stated is usually the enrolled total; keep the largest of the explicit totals.
                if (best is null || candidate.Unit == best.Unit && candidate.Total > best.Total && m.Value.StartsWith("a total", StringComparison.OrdinalIgnoreCase))
                {
                    best = candidate;
                }
            }
        }

        if (best is not null)
        {
            context.Add(best);
        }
    }

    private static string Canonical(string measure) => measure.ToLowerInvariant() switch
    {
        "odds ratio" or "adjusted odds ratio" or "aor" => "OR",
        "relative risk" or "risk ratio" or "arr" or "rrr" => "RR",
        "hazard ratio" or "ahr" => "HR",
        "incidence rate ratio" or "rate ratio" => "IRR",
        "mean difference" or "wmd" => "MD",
        "standardised mean difference" or "standardized mean difference" => "SMD",
        "risk difference" => "RD",
        "number needed to treat" => "NNT",
        "number needed to harm" => "NNH",
        _ => measure.ToUpperInvariant(),
    };

    private static string Comparator(string raw) => raw switch
    {
        "&lt;" => "<",
        "&gt;" => ">",
        "<=" => "≤",
        ">=" => "≥",
        _ => raw,
    };

    private static double? ParsePValue(string raw)
    {
        var text = raw.Replace(" ", "", StringComparison.Ordinal).Replace('·', '.').Replace(',', '.').Replace('−', '-').Replace('×', 'x');
        var times = text.IndexOf("x10", StringComparison.Ordinal);
        if (times > 0 && double.TryParse(text[..times], NumberStyles.Float, CultureInfo.InvariantCulture, out var mantissa)
            && int.TryParse(text[(times + 3)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            return mantissa * Math.Pow(10, exponent);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
