using System.Net;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Templating;

namespace EvidenceAppraisal.Reporting.Html;

/// <summary>One self-contained HTML page (inline CSS and SVG) from <c>templates/report.html.sbn</c>.</summary>
public sealed class HtmlReportRenderer(ReportTemplates templates)
{
    public const string TemplateName = "report.html.sbn";

    public string Render(AppraisalReport report) => templates.Render(TemplateName, report, text => WebUtility.HtmlEncode(BidiControls.Close(text)));
}
