using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>Writes rule packs into a fresh temporary folder for one test.</summary>
internal sealed class RuleFiles : IDisposable
{
    public RuleFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "ea-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Local => Path.Combine(Root, "local");

    public static string ShippedRules => Path.Combine(AppContext.BaseDirectory, "rules");

    public static string ExampleProfile => Path.Combine(ShippedRules, "profiles", "example-hospital.yaml");

    /// <summary>The seed abstract, found from the test binary upwards.</summary>
    public static string Seed { get; } = FindSeed();

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A one-rule pack 'local' whose rule has the given <c>when</c> block (indented 6) and message.</summary>
    public string Rule(string when, string message = "fired", string extra = "") => Write("local/rule.yaml", $"""
        pack: local
        version: 1.0.0
        rules:
          - id: T-001
            title: Test rule
            category: test
            severity: minor
        {extra}
            when:
        {when}
            then:
              message: "{message}"
        """);

    /// <summary>A pack 'local' holding the given rules (a YAML list indented 2).</summary>
    public string Pack(string rules, string file = "local/rules.yaml") => Write(file, $"""
        pack: local
        version: 1.0.0
        rules:
        {rules}
        """);

    public IReadOnlyList<Diagnostic> Diagnostics() => RuleSetCompiler.TryCompile(RuleSetLoader.LoadPaths([Local])).Diagnostics;

    public CompiledRuleSet Compile() => RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Local]));

    public static FactSet Facts(string body, string title = "A study") =>
        FactExtraction.Default.Extract(new DocumentBuilder("test").Title(title).Body(body).Build());

    public static FactSet SeedFacts()
    {
        var result = DocumentReaders.Default.Read(InputSource.FromFile(Seed), ReadOptions.Default).Single();
        return FactExtraction.Default.Extract(result.Document!);
    }

    private static string FindSeed()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "seeds", "heparin-sepsis.txt")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new InvalidOperationException("seeds/heparin-sepsis.txt not found above " + AppContext.BaseDirectory) : Path.Combine(dir.FullName, "seeds", "heparin-sepsis.txt");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
