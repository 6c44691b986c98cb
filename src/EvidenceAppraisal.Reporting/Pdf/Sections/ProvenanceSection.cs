namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Tool version, packs, profile, input hash and date, and that this appraises the abstract only.</summary>
internal static class ProvenanceSection
{
    public static void Compose(PdfSectionContext c)
    {
        var p = c.Report.Provenance;
        c.Heading("Provenance");
        c.Canvas.Text(p.Note, Typography.Body, after: 4);
        foreach (var warning in p.Warnings)
        {
            c.Canvas.Text("Warning: " + warning, Typography.Body, after: 4);
        }

        Pair(c, "Tool", $"EvidenceAppraisal {p.ToolVersion}");
        Pair(c, "Rule packs", string.Join(", ", p.Packs.Select(x => $"{x.Name} {x.Version}")));
        Pair(c, "Profile", p.Profile);
        Pair(c, "Input", p.InputHash);
        Pair(c, "Source", c.Report.Source);
        Pair(c, "Generated", p.GeneratedAt);
    }

    private static void Pair(PdfSectionContext c, string label, string value) =>
        c.Canvas.Paragraph([new TextRun(label + ": ", Typography.SmallStrong), new TextRun(value, Typography.Small)], after: 1);
}
