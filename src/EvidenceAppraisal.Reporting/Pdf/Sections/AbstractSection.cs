using System.Globalization;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>The abstract as written: every sentence a flag quotes highlighted, with footnote markers that link to the flags.</summary>
internal static class AbstractSection
{
    public static void Compose(PdfSectionContext c)
    {
        var document = c.Report.Document;
        c.Heading("The abstract, annotated");
        c.Canvas.Paragraph([new TextRun(document.Title, Typography.Strong), .. Markers(c, document.TitleFlags)], after: 6);
        for (var index = 0; index < document.Sections.Count; index++)
        {
            var section = document.Sections[index];
            var runs = new List<TextRun>();
            if (section.Label is not null)
            {
                runs.Add(new TextRun(section.Label + ": ", Typography.Strong));
            }

            foreach (var sentence in document.Sentences.Where(s => s.Section == index))
            {
                var highlight = sentence.Flags.Count > 0 ? Typography.Mark : (PdfSharp.Drawing.XColor?)null;
                runs.Add(new TextRun(" " + sentence.Text, Typography.Body, highlight));
                runs.AddRange(Markers(c, sentence.Flags));
            }

            c.Canvas.Paragraph(runs, after: 6);
        }

        if (c.Report.Flags.Count > 0)
        {
            c.Canvas.Space(2);
            c.Canvas.Text("Markers", Typography.SmallStrong, after: 1);
            foreach (var flag in c.Report.Flags)
            {
                c.Canvas.Item(
                    new TextRun(flag.Number.ToString(CultureInfo.InvariantCulture), Typography.SmallStrong, GoToPage: c.FlagPages.GetValueOrDefault(flag.Number) is > 0 and var page ? page : null),
                    [new TextRun($"{flag.Title} ({flag.Id}, {flag.Severity})", Typography.Small)], indent: 4, hang: 12, after: 1);
            }
        }
    }

    /// <summary>Superscript-like markers, one per flag, each linking to the page the flag starts on.</summary>
    private static IEnumerable<TextRun> Markers(PdfSectionContext c, IReadOnlyList<int> flags) =>
        flags.Select((n, i) => new TextRun((i == 0 ? "" : ",") + n.ToString(CultureInfo.InvariantCulture), Typography.Marker,
            GoToPage: c.FlagPages.GetValueOrDefault(n) is > 0 and var page ? page : null, Raised: true));
}
