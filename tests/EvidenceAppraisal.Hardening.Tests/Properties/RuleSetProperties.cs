using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Hardening.Tests.Hostile;
using EvidenceAppraisal.Hardening.Tests.Support;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;
using FsCheck.Xunit;

namespace EvidenceAppraisal.Hardening.Tests.Properties;

/// <summary>For any valid rule set, compiling it twice gives the same flags on the same documents, and running it twice too.</summary>
public class RuleSetProperties
{
    private static readonly Lazy<IReadOnlyList<FactSet>> Documents = new(() =>
    [
        .. new[]
        {
            File.ReadAllText(Path.Combine(Repo.Root, "seeds", "heparin-sepsis.txt")),
            HostileText.Abstract(),
            "Exercise for knee pain\n\n" + string.Join(" ", Enumerable.Range(0, 5).Select(Faults.BatchInputs.Body)),
            "A title only",
        }.Select(text => FactExtraction.Default.Extract(Pipeline.ReadOne(text))),
    ]);

    [Property(Arbitrary = [typeof(RulePackGenerators)], MaxTest = 30)]
    public void Compiling_a_rule_set_twice_gives_the_same_flags_on_the_same_documents(GeneratedPack pack)
    {
        using var folder = new TempFolder();
        folder.Write("gen/rules.yaml", pack.Yaml);
        var first = Compile(folder);
        var second = Compile(folder);

        foreach (var facts in Documents.Value)
        {
            var once = Describe(first.Appraise(facts));
            once.ShouldContain(f => f.StartsWith("G-000|", StringComparison.Ordinal));
            Describe(second.Appraise(facts)).ShouldBe(once);
            Describe(first.Appraise(facts)).ShouldBe(once, "the same compiled set gave other flags on a second run");
        }
    }

    private static CompiledRuleSet Compile(TempFolder folder)
    {
        var (compiled, diagnostics) = RuleSetCompiler.TryCompile(RuleSetLoader.LoadPaths([folder.File("gen")]));
        return compiled ?? throw new ShouldAssertException("a generated pack did not compile: " + string.Join("; ", diagnostics.Select(d => d.ToString())));
    }

    private static List<string> Describe(IReadOnlyList<Flag> flags) =>
        flags.Select(f => $"{f.Id}|{f.Severity}|{f.Message}|{string.Join("¦", f.Evidence)}|{string.Join(",", f.EvidenceSpans)}").ToList();
}
