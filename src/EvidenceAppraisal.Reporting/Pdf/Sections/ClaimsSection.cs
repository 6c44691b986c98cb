namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Each claim: outcome and sentence, direction, the study's own or reported, and the numbers behind it.</summary>
internal static class ClaimsSection
{
    public static void Compose(PdfSectionContext c)
    {
        c.Heading("Claims");
        var claims = c.Report.Facts.Claims;
        if (claims.Count == 0)
        {
            c.Empty("No outcome claims were found.");
            return;
        }

        PdfTable.Draw(c.Canvas,
            [new PdfColumn("Claim", 3.2), new PdfColumn("Direction", 1), new PdfColumn("Whose", 1.1), new PdfColumn("Numbers behind it", 1.8)],
            claims.Select(claim => (IReadOnlyList<IReadOnlyList<TextRun>>)
            [
                [new TextRun(claim.Outcome + "\n", Typography.TableHeader), new TextRun(claim.Text, Typography.TableCell.In(Typography.Muted))],
                [new TextRun(claim.Direction, Typography.TableCell)],
                [new TextRun(claim.Reported ? "reported from other work" : "the study's own", Typography.TableCell)],
                claim.Numbers.Count == 0
                    ? [new TextRun("none stated", Typography.TableCell.In(Typography.Muted))]
                    : [new TextRun(string.Join("\n", claim.Numbers), Typography.TableCell)],
            ]));
    }
}
