using EvidenceAppraisal.Reporting.Model;
using PdfSharp;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>The report as a PDF, composed with PDFsharp from one small component per section.</summary>
public sealed class PdfReportRenderer
{
    public PdfReportRenderer(PageSize pageSize = PageSize.A4)
    {
        PageSize = pageSize;
        EmbeddedFontResolver.Install();
    }

    public PageSize PageSize { get; }

    public byte[] Render(AppraisalReport report, string? brandTitle = null)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Document.Title;
        document.Info.Subject = $"Critical appraisal of the abstract: {report.Design.Name}";
        document.Info.Creator = $"EvidenceAppraisal {report.Provenance.ToolVersion}";
        var canvas = new PdfCanvas(document, PageSize);
        foreach (var section in PdfSections.All)
        {
            section(new PdfSectionContext(document, canvas, report, brandTitle));
        }

        canvas.Finish($"EvidenceAppraisal {report.Provenance.ToolVersion} · appraisal of the abstract only");
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
