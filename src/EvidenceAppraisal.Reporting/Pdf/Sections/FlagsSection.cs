using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Flags by category: severity, title, message, quoted evidence, why it matters, the question to ask, the rule.</summary>
internal static class FlagsSection
{
    public static void Compose(PdfSectionContext c)
    {
        var outline = c.Heading("Flags");
        if (c.Report.Flags.Count == 0)
        {
            c.Empty("No rule raised a flag.");
            return;
        }

        foreach (var group in c.Report.FlagGroups)
        {
            c.Canvas.KeepTogether(90);
            outline.Outlines.Add(group.Name, c.Canvas.Page, true);
            c.Canvas.Text($"{group.Name} ({group.Flags.Count})", Typography.Subheading.In(Typography.Muted), after: 4);
            foreach (var number in group.Flags)
            {
                Flag(c, c.Report.Flags[number - 1]);
            }
        }
    }

    private static void Flag(PdfSectionContext c, FlagView flag)
    {
        c.Canvas.KeepTogether(70);
        c.FlagPages[flag.Number] = c.Canvas.PageNumber;
        var colour = Typography.ForSeverity(flag.Severity);
        c.Canvas.Paragraph(
        [
            new TextRun($"{Typography.SymbolFor(flag.Severity)} {flag.Severity.ToUpperInvariant()}", Typography.SmallStrong.In(colour)),
            new TextRun($"  {flag.Number}. {flag.Title}", Typography.Subheading.In(colour)),
        ], after: 2);
        c.Canvas.Text(flag.Message, Typography.Body, indent: 10, after: 3);
        foreach (var quote in flag.Evidence)
        {
            c.Canvas.Paragraph([new TextRun("“" + quote + "”", Typography.Quote)], indent: 18, after: 3);
        }

        Labelled(c, "Why it matters: ", flag.Why);
        Labelled(c, "Ask: ", flag.Question);
        Labelled(c, "Check in the full text: ", flag.Advice);
        c.Canvas.Text($"Rule {flag.Id} · {flag.Category} · pack {flag.Pack}", Typography.Small, indent: 10, after: 9);
    }

    private static void Labelled(PdfSectionContext c, string label, string? text)
    {
        if (text is not null)
        {
            c.Canvas.Paragraph([new TextRun(label, Typography.Strong), new TextRun(text, Typography.Body)], indent: 10, after: 2);
        }
    }
}
