using System.Globalization;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>The journal club's questions and, when the PICO is known, a search for better evidence.</summary>
internal static class DiscussionSection
{
    public static void Compose(PdfSectionContext c)
    {
        c.Heading("For the journal club");
        if (c.Report.Questions.Count == 0)
        {
            c.Empty("No rule asked a question.");
        }

        var i = 1;
        foreach (var question in c.Report.Questions)
        {
            c.Canvas.Item(new TextRun($"{(i++).ToString(CultureInfo.InvariantCulture)}.", Typography.Strong), [new TextRun(question, Typography.Body)], indent: 4, hang: 16, after: 3);
        }

        if (c.Report.Search is { } search)
        {
            c.Canvas.Space(4);
            c.Canvas.Paragraph(
            [
                new TextRun("Search for better evidence: ", Typography.Strong),
                new TextRun("PubMed, systematic reviews and randomised trials on " + search.Query, Typography.Body.In(Typography.Link), Link: search.Url),
            ], after: 3);
        }
    }
}
