using System.Globalization;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Sample size, each estimate with its interval and p-value, any interval or p-value on its own, and follow-up.</summary>
internal static class NumbersSection
{
    public static void Compose(PdfSectionContext c)
    {
        var n = c.Report.Facts.Numbers;
        c.Heading("Key numbers");
        Pair(c, "Sample size", n.SampleSize is { } size ? $"{size.ToString(CultureInfo.InvariantCulture)} {n.SampleSizeUnit}" : "not stated");
        Pair(c, "Follow-up", n.FollowUp ?? "not found in the abstract");
        if (n.EffectEstimates.Count == 0)
        {
            Pair(c, "Effect estimates", "none stated");
        }
        else
        {
            c.Canvas.Space(3);
            PdfTable.Draw(c.Canvas,
                [new PdfColumn("Estimate", 1), new PdfColumn("Interval", 1.4), new PdfColumn("P-value", 0.9), new PdfColumn("Where stated", 3.6)],
                n.EffectEstimates.Select(e => (IReadOnlyList<IReadOnlyList<TextRun>>)
                [
                    [new TextRun(e.Text, Typography.TableHeader)],
                    [new TextRun(e.Interval ?? "none stated", e.Interval is null ? Typography.TableCell.In(Typography.Muted) : Typography.TableCell)],
                    [new TextRun(e.PValue ?? "none stated", e.PValue is null ? Typography.TableCell.In(Typography.Muted) : Typography.TableCell)],
                    [new TextRun(e.Sentence, Typography.TableCell.In(Typography.Muted))],
                ]));
        }

        var intervals = n.OtherIntervals;
        var pValues = n.OtherPValues;
        if (n.EffectEstimates.Count == 0 || intervals.Count > 0)
        {
            Pair(c, n.EffectEstimates.Count == 0 ? "Confidence intervals" : "Other intervals", intervals.Count == 0 ? "none stated" : string.Join("; ", intervals));
        }

        if (n.EffectEstimates.Count == 0 || pValues.Count > 0)
        {
            Pair(c, n.EffectEstimates.Count == 0 ? "P-values" : "Other p-values", pValues.Count == 0 ? "none stated" : string.Join("; ", pValues));
        }
    }

    private static void Pair(PdfSectionContext c, string label, string value) =>
        c.Canvas.Paragraph([new TextRun(label + ": ", Typography.Strong), new TextRun(value, value is "none stated" or "not stated" ? Typography.Body.In(Typography.Muted) : Typography.Body)], after: 3);
}
