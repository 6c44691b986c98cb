using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Testing;

namespace EvidenceAppraisal.Rules.Tests;

public class ShippedPacksTests
{
    [Fact]
    public void Shipped_packs_load_without_diagnostics()
    {
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules);
        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Rules.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Every_inline_rule_test_passes()
    {
        var compiled = RuleSetCompiler.Load(RuleFiles.ShippedRules);
        var results = RuleTestRunner.Run(compiled, FactExtraction.Default);
        results.ShouldNotBeEmpty();
        results.Where(r => !r.Passed).Select(r => $"{r.Rule.Id} {r.Test.Location}: {r.Detail}").ShouldBeEmpty();
    }

    [Fact]
    public void Every_shipped_rule_has_a_firing_and_a_silent_test()
    {
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules);
        loaded.Rules.Where(r => !r.Tests.Any(t => t.ExpectFires) || !r.Tests.Any(t => !t.ExpectFires)).Select(r => r.Id).ShouldBeEmpty();
    }
}
