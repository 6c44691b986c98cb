using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>The compile's head start swallows its own failures (the compile reports them), so it is checked here.</summary>
public class WarmTests
{
    [Fact]
    public void The_parser_warm_up_parses_its_condition_and_passes_the_allow_list() => ConditionCompiler.Warm().ShouldBeTrue();

    [Fact]
    public void Prepare_before_loading_leaves_the_compiled_set_as_without_it()
    {
        RuleSetCompiler.Prepare();
        RuleSetCompiler.Prepare();
        var prepared = RuleSetCompiler.Load(RuleFiles.ShippedRules);
        prepared.Rules.Count.ShouldBeGreaterThan(100);
        prepared.Appraise(RuleFiles.SeedFacts()).Select(f => f.Id).ShouldBe(RuleSetCompiler.Compile(Loading.RuleSetLoader.Load(RuleFiles.ShippedRules)).Appraise(RuleFiles.SeedFacts()).Select(f => f.Id));
    }
}
