using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Composition;

/// <summary>
/// The composition root shared by every front end (CLI, web): a compiled rule set for a profile, the
/// appraiser and the renderers. Thread-safe once built, so a server may share one per profile.
/// </summary>
public sealed class AppraisalSetup
{
    private AppraisalSetup(CompiledRuleSet rules, ReportTemplates templates)
    {
        Rules = rules;
        Appraiser = new Appraiser(rules);
        Html = new HtmlReportRenderer(templates);
        Markdown = new MarkdownReportRenderer(templates);
        Pdf = new PdfReportRenderer();
    }

    public CompiledRuleSet Rules { get; }

    public Appraiser Appraiser { get; }

    public HtmlReportRenderer Html { get; }

    public MarkdownReportRenderer Markdown { get; }

    public PdfReportRenderer Pdf { get; }

    /// <param name="conditions">How rule conditions run: interpreted for one report, emitted IL for a long batch.</param>
    public static AppraisalSetup Create(string? profilePath, string? rulesFolder = null, ConditionCode conditions = ConditionCode.Interpreted)
    {
        if (profilePath is not null && !File.Exists(profilePath))
        {
            throw new InputException(new ReadError(profilePath, "profile not found"));
        }

        var rules = RuleSetCompiler.Load(rulesFolder ?? ProductPaths.Rules, profilePath, conditions);
        var templateFolder = rules.Profile.Report.TemplatesFolder ?? ProductPaths.Templates;
        return new AppraisalSetup(rules, new ReportTemplates(templateFolder, ProductPaths.Templates));
    }
}
