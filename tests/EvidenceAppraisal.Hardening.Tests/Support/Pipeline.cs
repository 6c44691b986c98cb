using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Hardening.Tests.Support;

/// <summary>The product's pipeline with the shipped rules and templates, compiled once for all tests.</summary>
internal static class Pipeline
{
    public static readonly string RulesFolder = Path.Combine(AppContext.BaseDirectory, "rules");
    public static readonly string TemplatesFolder = Path.Combine(AppContext.BaseDirectory, "templates");
    public static readonly Appraiser Appraiser = new(RuleSetCompiler.Load(RulesFolder));
    public static readonly ReportTemplates Templates = new(TemplatesFolder);
    public static readonly HtmlReportRenderer Html = new(Templates);
    public static readonly MarkdownReportRenderer Markdown = new(Templates);
    public static readonly PdfReportRenderer Pdf = new();

    /// <summary>Reads bytes as a user's input (format detected), every record.</summary>
    public static IReadOnlyList<ReadResult> Read(byte[] bytes, string name = "input.txt", ReadOptions? options = null) =>
        DocumentReaders.Default.Read(new InputSource(name, () => new MemoryStream(bytes, writable: false)), options ?? ReadOptions.Default).ToList();

    public static IReadOnlyList<ReadResult> Read(string text, string name = "input.txt", ReadOptions? options = null) =>
        Read(System.Text.Encoding.UTF8.GetBytes(text), name, options);

    public static AbstractDocument ReadOne(string text, string name = "input.txt") =>
        Read(text, name).ShouldHaveSingleItem().Document.ShouldNotBeNull();

    public static AppraisalReport Appraise(string text) => Appraiser.Appraise(ReadOne(text));

    public static string Json(AppraisalReport report) => JsonReportRenderer.Render(report);
}
