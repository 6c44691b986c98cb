using BenchmarkDotNet.Attributes;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Benchmarks;

/// <summary>Load and compile a whole rule set, as every appraising command does once at start.</summary>
[MemoryDiagnoser]
public class RuleSetCompileBenchmarks
{
    private readonly string _generated = Path.Combine(Path.GetTempPath(), "ea-bench-generated-rules");
    private LoadedRules _shippedLoaded = null!;
    private LoadedRules _generatedLoaded = null!;
    private CompiledRuleSet _shipped = null!;
    private FactSet _seedFacts = null!;

    public static string ShippedRules => Path.Combine(AppContext.BaseDirectory, "rules");

    [GlobalSetup]
    public void Setup()
    {
        GeneratedRules.Write(_generated, 1000);
        _shippedLoaded = RuleSetLoader.Load(ShippedRules);
        _generatedLoaded = RuleSetLoader.LoadPaths([_generated]);
        if (_shippedLoaded.HasErrors || _generatedLoaded.HasErrors)
        {
            throw new InvalidOperationException("benchmark rule sets do not load cleanly");
        }

        _shipped = RuleSetCompiler.Compile(_shippedLoaded);
        var seed = Path.Combine(AppContext.BaseDirectory, "rules", "..", "..", "..", "..", "..", "..", "..", "seeds", "heparin-sepsis.txt");
        var document = new DocumentBuilder("seed").Title("Significance of heparin in the treatment of patients with sepsis")
            .Body(File.Exists(seed) ? File.ReadAllText(seed) : "Heparin reduced 28-day mortality. However, there is controversy in its effectiveness and safety.").Build();
        _seedFacts = FactExtraction.Default.Extract(document);
    }

    /// <summary>The per-document cost the compile choices trade against: one session over the seed's facts.</summary>
    [Benchmark(Description = "shipped packs: appraise the seed's facts")]
    public int AppraiseSeed() => _shipped.Appraise(_seedFacts).Count;

    [Benchmark(Description = "shipped packs: load + compile")]
    public int LoadAndCompileShipped() => RuleSetCompiler.Load(ShippedRules).Rules.Count;

    [Benchmark(Description = "shipped packs: compile only")]
    public int CompileShipped() => RuleSetCompiler.Compile(_shippedLoaded).Rules.Count;

    [Benchmark(Description = "1,000 generated rules: load + compile")]
    public int LoadAndCompileGenerated() => RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([_generated])).Rules.Count;

    [Benchmark(Description = "1,000 generated rules: compile only")]
    public int CompileGenerated() => RuleSetCompiler.Compile(_generatedLoaded).Rules.Count;
}
