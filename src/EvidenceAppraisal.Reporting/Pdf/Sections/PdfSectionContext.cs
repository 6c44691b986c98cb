using EvidenceAppraisal.Reporting.Model;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>What every section component writes with: the document, the flowing canvas and the report.</summary>
internal sealed class PdfSectionContext(PdfDocument document, PdfCanvas canvas, AppraisalReport report)
{
    public PdfDocument Document { get; } = document;

    public PdfCanvas Canvas { get; } = canvas;

    public AppraisalReport Report { get; } = report;

    /// <summary>The page each flag starts on, for the abstract's markers to link to.</summary>
    public Dictionary<int, int> FlagPages { get; } = [];

    /// <summary>Starts a section: keeps the heading with what follows, draws it and bookmarks it.</summary>
    public PdfOutline Heading(string title)
    {
        // A heading never ends a page: keep room for it and the start of what follows (a table header and a row).
        Canvas.KeepTogether(140);
        if (Canvas.Y > Canvas.PageTop)
        {
            Canvas.Space(10);
        }

        var outline = Document.Outlines.Add(title, Canvas.Page, true);
        Canvas.Text(title, Typography.Heading, after: 2);
        Canvas.Rule(Typography.Line, 0.6, after: 6);
        return outline;
    }

    /// <summary>A muted line for "nothing here" states.</summary>
    public void Empty(string text) => Canvas.Text(text, Typography.Body.In(Typography.Muted), after: 4);
}
