using BenchmarkDotNet.Attributes;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Reporting.Bench;

/// <summary>
/// Time to render one appraised report in each format, for the seed (a narrative review, 9 flags) and a
/// randomised-trial abstract (estimates, two checklists). Appraisal itself is outside the measured code.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RenderBenchmarks
{
    private HtmlReportRenderer _html = null!;
    private MarkdownReportRenderer _markdown = null!;
    private PdfReportRenderer _pdf = null!;
    private AppraisalReport _report = null!;

    [Params("seed", "trial")]
    public string Abstract { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        var file = Abstract == "seed"
            ? Path.Combine(root, "seeds", "heparin-sepsis.txt")
            : Path.Combine(root, "tests", "EvidenceAppraisal.Reporting.Tests", "Abstracts", "early-mobilisation-rct.txt");
        var appraiser = new Appraiser(RuleSetCompiler.Load(Path.Combine(AppContext.BaseDirectory, "rules")));
        _report = appraiser.Appraise(PlainTextReader.Parse(Path.GetFileName(file), File.ReadAllText(file)));
        var templates = new ReportTemplates(Path.Combine(AppContext.BaseDirectory, "templates"));
        _html = new HtmlReportRenderer(templates);
        _markdown = new MarkdownReportRenderer(templates);
        _pdf = new PdfReportRenderer();
    }

    [Benchmark]
    public int Html() => _html.Render(_report).Length;

    [Benchmark]
    public int Pdf() => _pdf.Render(_report).Length;

    [Benchmark]
    public int Markdown() => _markdown.Render(_report).Length;

    [Benchmark]
    public int Json() => JsonReportRenderer.Render(_report).Length;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvidenceAppraisal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
