using System.Globalization;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Design, evidence level with the pyramid, flags counted by severity, and the three-line bottom line.</summary>
internal static class GlanceSection
{
    public static void Compose(PdfSectionContext c)
    {
        var r = c.Report;
        c.Heading("At a glance");
        var design = $"{r.Design.Name} (confidence {r.Design.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{(r.Design.FromIndexing ? ", from PubMed indexing" : "")})";
        Pair(c, "Design", [new TextRun(design, Typography.Body)]);
        Pair(c, "Evidence level", r.Level is null
            ? [new TextRun("not assigned by the rules", Typography.Body.In(Typography.Muted))]
            : [new TextRun(r.Level.Level, Typography.Strong), new TextRun($" ({r.Level.Scale}, rule {r.Level.RuleId})", Typography.Body.In(Typography.Muted))]);
        var counts = new[] { ("critical", r.Counts.Critical), ("major", r.Counts.Major), ("minor", r.Counts.Minor), ("info", r.Counts.Info) };
        var runs = new List<TextRun>();
        foreach (var (severity, count) in counts)
        {
            if (runs.Count > 0)
            {
                runs.Add(new TextRun("   ", Typography.Body));
            }

            var style = count > 0 ? Typography.Strong.In(Typography.ForSeverity(severity)) : Typography.Body.In(Typography.Muted);
            runs.Add(new TextRun($"{Typography.SymbolFor(severity)} {count} {severity}", style));
        }

        Pair(c, "Flags", runs);
        c.Canvas.Space(4);
        c.Canvas.Block(PyramidGraphic.Height(r.Glance.Pyramid), (gfx, area) => PyramidGraphic.Draw(gfx, area, r.Glance.Pyramid));
        c.Canvas.Text(r.Glance.Pyramid.Marked is null ? $"{r.Glance.Pyramid.Scale}; no level assigned for this study." : r.Glance.Pyramid.Scale, Typography.Small, after: 6);
        c.Canvas.Text("Bottom line", Typography.Subheading, after: 2);
        foreach (var line in r.Glance.BottomLine)
        {
            c.Canvas.Item(new TextRun("▸", Typography.Strong.In(Typography.Accent)), [new TextRun(line, Typography.Body)], indent: 4, hang: 12, after: 2);
        }
    }

    private static void Pair(PdfSectionContext c, string label, IReadOnlyList<TextRun> value) =>
        c.Canvas.Paragraph([new TextRun(label + ": ", Typography.Strong), .. value], after: 2);
}
