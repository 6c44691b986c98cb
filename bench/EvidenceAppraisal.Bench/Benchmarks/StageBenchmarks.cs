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

/// <summary>Reading one abstract: from the bytes of each format to an <see cref="Documents.AbstractDocument"/>.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private StageInputs _inputs = null!;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => StageInputs.Samples;

    [GlobalSetup]
    public void Setup() => _inputs = new StageInputs(Sample);

    [Benchmark]
    public int PlainText() => PlainTextReader.Parse("bench", _inputs.Text).Sentences.Count;

    [Benchmark]
    public int JsonLine() => JsonLinesReader.ParseLine("bench", _inputs.JsonLine, 1).Document!.Sentences.Count;

    /// <summary>A one-record PubMed XML file, through whichever reader the build has for it (none until the PubMed reader lands).</summary>
    [Benchmark]
    public int PubMedXml()
    {
        var source = new InputSource("bench.xml", () => new MemoryStream(_inputs.PubMedXml, writable: false));
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
public class ExtractBenchmarks
{
    private StageInputs _inputs = null!;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => StageInputs.Samples;

    [GlobalSetup]
    public void Setup() => _inputs = new StageInputs(Sample);

    [Benchmark]
    public int Extract() => FactExtraction.Default.Extract(_inputs.Document).All.Count;
}

/// <summary>Running the rules on one abstract's facts: a fresh session each time, or a worker's kept session.</summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private StageInputs _inputs = null!;
    private RuleSession _session = null!;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => StageInputs.Samples;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new StageInputs(Sample);
        _session = _inputs.Rules.OpenSession();
    }

    [Benchmark(Baseline = true)]
    public int SessionPerDocument() => _inputs.Rules.Appraise(_inputs.Facts).Count;

    [Benchmark]
    public int KeptSession() => _session.Appraise(_inputs.Facts).Count;

    /// <summary>Extraction, rules and the report model: what a batch worker does per record before writing.</summary>
    [Benchmark]
    public int AppraiseWithKeptSession() => _inputs.Appraiser.Appraise(_inputs.Document, _session).Flags.Count;
}

/// <summary>Rendering one report: the batch JSON line, HTML and PDF.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private StageInputs _inputs = null!;
    private HtmlReportRenderer _html = null!;
    private readonly PdfReportRenderer _pdf = new();

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => StageInputs.Samples;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new StageInputs(Sample);
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        _html = new HtmlReportRenderer(new ReportTemplates(templates, templates));
    }

    [Benchmark]
    public int JsonLine() => JsonSerializer.SerializeToUtf8Bytes(_inputs.Report, JsonReportRenderer.CompactOptions).Length;

    [Benchmark]
    public int Html() => _html.Render(_inputs.Report).Length;

    [Benchmark]
    public int Pdf() => _pdf.Render(_inputs.Report).Length;
}

/// <summary>Loading and compiling the shipped rule packs (done once per run).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private readonly string _rules = Path.Combine(AppContext.BaseDirectory, "rules");

    [Benchmark]
    public int LoadAndCompile() => RuleSetCompiler.Load(_rules).Rules.Count;
}
