using System.Text;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>The formats a report is served in.</summary>
internal enum ReportOutput
{
    Json,
    Html,
    Markdown,
    Pdf,
}

/// <summary>A rendered report: bytes, media type, and the file name it downloads under.</summary>
internal sealed record RenderedReport(byte[] Content, string ContentType, string FileName, ReportOutput Output);

/// <summary>Chooses the output (<c>?output=</c> first, then the Accept header, JSON by default) and renders it with the shared renderers.</summary>
internal static class ReportOutputs
{
    private static readonly (string MediaType, ReportOutput Output)[] Offered =
    [
        ("application/json", ReportOutput.Json),
        ("text/html", ReportOutput.Html),
        ("text/markdown", ReportOutput.Markdown),
        ("application/pdf", ReportOutput.Pdf),
    ];

    public static ReportOutput Choose(HttpRequest request)
    {
        var named = request.Query["output"];
        if (named.Count > 0)
        {
            return named.ToString().Trim().ToLowerInvariant() switch
            {
                "json" => ReportOutput.Json,
                "html" => ReportOutput.Html,
                "md" or "markdown" => ReportOutput.Markdown,
                "pdf" => ReportOutput.Pdf,
                _ => throw WebProblem.BadRequest($"output '{ClientText.Shorten(named.ToString())}' is not one of json, html, md, pdf"),
            };
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return ReportOutput.Json;
        }

        foreach (var media in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            foreach (var (type, output) in Offered)
            {
                if (new Microsoft.Net.Http.Headers.MediaTypeHeaderValue(type).IsSubsetOf(media))
                {
                    return output;
                }
            }
        }

        throw new WebProblem(StatusCodes.Status406NotAcceptable, "Not acceptable",
            $"the Accept header names none of {string.Join(", ", Offered.Select(o => o.MediaType))}; or choose with ?output=json|html|md|pdf");
    }

    public static RenderedReport Render(AppraisalSetup setup, AppraisalReport report, ReportOutput output, string stem) => output switch
    {
        ReportOutput.Html => new(Encoding.UTF8.GetBytes(setup.Html.Render(report)), "text/html; charset=utf-8", $"{stem}.html", output),
        ReportOutput.Markdown => new(Encoding.UTF8.GetBytes(setup.Markdown.Render(report)), "text/markdown; charset=utf-8", $"{stem}.md", output),
        ReportOutput.Pdf => new(setup.Pdf.Render(report), "application/pdf", $"{stem}.pdf", output),
        _ => new(Encoding.UTF8.GetBytes(JsonReportRenderer.Render(report)), "application/json; charset=utf-8", $"{stem}.json", output),
    };
}
