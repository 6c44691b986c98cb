using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>CONSORT-A / PRISMA-A items and CASP questions with the status the rules gave and the evidence for it.</summary>
internal static class ChecklistsSection
{
    public static void Compose(PdfSectionContext c)
    {
        var outline = c.Heading("Checklists");
        if (c.Report.Checklists.Count == 0)
        {
            c.Empty($"Not applicable for this design ({c.Report.Design.Name}): no reporting checklist or appraisal worksheet applies, and no rule answered one.");
            return;
        }

        foreach (var checklist in c.Report.Checklists)
        {
            c.Canvas.KeepTogether(90);
            outline.Outlines.Add(checklist.Name, c.Canvas.Page, true);
            c.Canvas.Text(checklist.Name, Typography.Subheading, after: 1);
            c.Canvas.Text($"{checklist.Answered} of {checklist.Items.Count} {checklist.Kind} answered by the rules; the rest are for the journal club.", Typography.Small, after: 4);
            PdfTable.Draw(c.Canvas,
                [new PdfColumn(checklist.Kind == "questions" ? "Question" : "Item", 3.2), new PdfColumn("Status", 1.1), new PdfColumn("Evidence", 3)],
                checklist.Items.Select(item => (IReadOnlyList<IReadOnlyList<TextRun>>)
                [
                    [new TextRun(item.Section is null ? "" : item.Section + ": ", Typography.TableHeader), new TextRun(item.Text, Typography.TableCell), new TextRun($" ({item.Id})", Typography.Small)],
                    [new TextRun($"{Symbol(item.Status)} {item.StatusLabel}", item.Status is null ? Typography.TableCell.In(Typography.Muted) : Typography.TableHeader)],
                    Evidence(item),
                ]));
            if (checklist.Reference is { } reference)
            {
                c.Canvas.Text(reference, Typography.Small, after: 6);
            }
        }
    }

    private static IReadOnlyList<TextRun> Evidence(ChecklistItemView item)
    {
        if (item.Evidence.Count == 0)
        {
            return [new TextRun("—", Typography.TableCell.In(Typography.Muted))];
        }

        var flags = string.Join(", ", item.Flags.Select(n => $"[{n}]"));
        return [new TextRun(string.Join("\n", item.Evidence.Select(q => "“" + q + "”")), Typography.Quote), new TextRun(" flags " + flags, Typography.Small)];
    }

    /// <summary>A shape for each status, so the table reads without colour.</summary>
    public static string Symbol(string? status) => status switch
    {
        "present" or "yes" => "✓",
        "absent" or "no" => "✗",
        "unclear" => "?",
        "partial" => "◐",
        "not-applicable" => "–",
        _ => "○",
    };
}
