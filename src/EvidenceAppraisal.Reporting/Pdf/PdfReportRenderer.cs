using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Pdf.Sections;
using PdfSharp;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>The report as a PDF (A4 or Letter), composed with PDFsharp from one small component per section.</summary>
public sealed class PdfReportRenderer
{
    public PdfReportRenderer(PageSize pageSize = PageSize.A4)
    {
        if (pageSize is not (PageSize.A4 or PageSize.Letter))
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "the report is laid out for A4 or Letter");
        }

        PageSize = pageSize;
        EmbeddedFontResolver.Install();
    }

    public PageSize PageSize { get; }

    /// <summary>Most pages one report may have (see <see cref="ReportLimits.MaxPdfPages"/>).</summary>
    public int MaxPages { get; init; } = ReportLimits.MaxPdfPages;

    public byte[] Render(AppraisalReport report)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Document.Title;
        document.Info.Subject = $"Critical appraisal of the abstract: {report.Design.Name}";
        document.Info.Author = report.Branding?.Title ?? "EvidenceAppraisal";
        document.Info.Keywords = string.Join(", ", report.Flags.Select(f => f.Id).Distinct());
        document.Info.Creator = $"EvidenceAppraisal {report.Provenance.ToolVersion}";
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
        var canvas = new PdfCanvas(document, PageSize, MaxPages);
        var context = new PdfSectionContext(document, canvas, report);
        foreach (var section in PdfSections.All)
        {
            section(context);
        }

        canvas.Finish(
            header: $"{report.Branding?.Title ?? "Critical appraisal"} · {report.Document.Title}",
            footer: $"EvidenceAppraisal {report.Provenance.ToolVersion} · appraisal of the abstract only");
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
