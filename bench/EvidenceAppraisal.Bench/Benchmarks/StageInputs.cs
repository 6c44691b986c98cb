using System.Text;
using EvidenceAppraisal.Bench.Corpus;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Bench.Benchmarks;

/// <summary>One abstract at every stage of the pipeline, built once per benchmark class.</summary>
internal sealed class StageInputs
{
    public StageInputs(string sample)
    {
        Sample = SampleRecord.LoadAll().Single(r => r.Name == sample);
        Text = Sample.PlainText;
        JsonLine = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { id = "1", text = Text }));
        var xml = Path.Combine(Path.GetTempPath(), $"ea-bench-{sample}.xml");
        PubMedXmlWriter.Write(xml, [Sample], 1);
        PubMedXml = File.ReadAllBytes(xml);
        Rules = RuleSetCompiler.Load(Path.Combine(AppContext.BaseDirectory, "rules"));
        Document = PlainTextReader.Parse("bench", Text, "1");
        Facts = FactExtraction.Default.Extract(Document);
        Appraiser = new Appraiser(Rules);
        Report = Appraiser.Appraise(Document);
    }

    public static IEnumerable<string> Samples => ["01-rct-statin-delirium", "04-case-report-myocarditis"];

    public SampleRecord Sample { get; }

    public string Text { get; }

    public byte[] JsonLine { get; }

    public byte[] PubMedXml { get; }

    public CompiledRuleSet Rules { get; }

    public AbstractDocument Document { get; }

    public FactSet Facts { get; }

    public Appraiser Appraiser { get; }

    public AppraisalReport Report { get; }
}
