using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>The seed and a randomised-trial abstract appraised once with the shipped rules and templates, shared by the report tests.</summary>
internal static class SeedReport
{
    public static readonly string Rules = Path.Combine(AppContext.BaseDirectory, "rules");
    public static readonly string TemplatesFolder = Path.Combine(AppContext.BaseDirectory, "templates");
    public static readonly ReportTemplates Templates = new(TemplatesFolder);
    public static readonly Appraiser Appraiser = new(RuleSetCompiler.Load(Rules));
    public static readonly AppraisalReport Report = Appraise(File.ReadAllText(Repo.Seed), "heparin-sepsis.txt");
    public static readonly AppraisalReport Trial = Appraise(File.ReadAllText(Repo.TrialAbstract), "early-mobilisation-rct.txt");

    /// <summary>Both reports, for theories that must hold for every kind of abstract.</summary>
    public static TheoryData<string> Names => new() { "seed", "trial" };

    public static AppraisalReport Named(string name) => name == "seed" ? Report : Trial;

    public static AppraisalReport Appraise(string text, string name = "test.txt") =>
        Appraiser.Appraise(PlainTextReader.Parse(name, text));

    /// <summary>The same text read as plain text, with bibliographic metadata a PubMed record would carry.</summary>
    public static AbstractDocument WithMetadata(string text, DocumentMetadata metadata)
    {
        var d = PlainTextReader.Parse("test.txt", text);
        return new AbstractDocument(d.SourceName, d.RecordId, d.Text, d.TitleSpan, d.TitleIsTranslated, d.Sections, d.Sentences, metadata);
    }
}
