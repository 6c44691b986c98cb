using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Bench.Benchmarks;

/// <summary>What every per-abstract stage benchmark shares: the sample parameter and its prepared inputs.</summary>
public abstract class StageBenchmark
{
    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => StageInputs.Samples;

    private protected StageInputs Inputs { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Inputs = new StageInputs(Sample);
        Prepare();
    }

    /// <summary>What a benchmark builds once beyond <see cref="Inputs"/>.</summary>
    private protected virtual void Prepare()
    {
    }
}

/// <summary>Reading one abstract: from the bytes of each format to an <see cref="Documents.AbstractDocument"/>.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks : StageBenchmark
{

    [Benchmark]
    public int PlainText() => PlainTextReader.Parse("bench", Inputs.Text).Sentences.Count;

    [Benchmark]
    public int JsonLine() => JsonLinesReader.ParseLine("bench", Inputs.JsonLine, 1).Document!.Sentences.Count;

    /// <summary>A one-record PubMed XML file, through whichever reader the build has for it (none until the PubMed reader lands).</summary>
    [Benchmark]
    public int PubMedXml()
    {
        var source = new InputSource("bench.xml", () => new MemoryStream(Inputs.PubMedXml, writable: false));
        try
        {
            return DocumentReaders.Default.Read(source, ReadOptions.Default).Sum(r => r.Document?.Sentences.Count ?? 0);
        }
        catch (InputException)
        {
            return -1;
        }
    }
}

/// <summary>Extracting the facts of one abstract.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks : StageBenchmark
{

    [Benchmark]
    public int Extract() => FactExtraction.Default.Extract(Inputs.Document).All.Count;
}

/// <summary>Running the rules on one abstract's facts: a fresh session each time, or a worker's kept session.</summary>
[MemoryDiagnoser]
public class RulesBenchmarks : StageBenchmark
{
    private RuleSession _session = null!;

    private protected override void Prepare() => _session = Inputs.Rules.OpenSession();

    [Benchmark(Baseline = true)]
    public int SessionPerDocument() => Inputs.Rules.Appraise(Inputs.Facts).Count;

    [Benchmark]
    public int KeptSession() => _session.Appraise(Inputs.Facts).Count;

    /// <summary>Extraction, rules and the report model: what a batch worker does per record before writing.</summary>
    [Benchmark]
    public int AppraiseWithKeptSession() => Inputs.Appraiser.Appraise(Inputs.Document, _session).Flags.Count;
}

/// <summary>Rendering one report: the batch JSON line, HTML and PDF.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks : StageBenchmark
{
    private HtmlReportRenderer _html = null!;
    private readonly PdfReportRenderer _pdf = new();

    private protected override void Prepare()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        _html = new HtmlReportRenderer(new ReportTemplates(templates, templates));
    }

    [Benchmark]
    public int JsonLine() => JsonSerializer.SerializeToUtf8Bytes(Inputs.Report, JsonReportRenderer.CompactOptions).Length;

    [Benchmark]
    public int Html() => _html.Render(Inputs.Report).Length;

    [Benchmark]
    public int Pdf() => _pdf.Render(Inputs.Report).Length;
}

/// <summary>Loading and compiling the shipped rule packs (done once per run).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private readonly string _rules = Path.Combine(AppContext.BaseDirectory, "rules");

    [Benchmark]
    public int LoadAndCompile() => RuleSetCompiler.Load(_rules).Rules.Count;
}
