using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>The seed appraised once with the shipped rules and templates, shared by the report tests.</summary>
internal static class SeedReport
{
    public static readonly string Rules = Path.Combine(AppContext.BaseDirectory, "rules");
    public static readonly ReportTemplates Templates = new(Path.Combine(AppContext.BaseDirectory, "templates"));
    public static readonly Appraiser Appraiser = new(RuleSetCompiler.Load(Rules));
    public static readonly AppraisalReport Report = Appraise(File.ReadAllText(Repo.Seed));

    public static AppraisalReport Appraise(string text, string name = "test.txt") =>
        Appraiser.Appraise(PlainTextReader.Parse(name, text));
}
