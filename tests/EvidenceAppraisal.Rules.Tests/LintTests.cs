using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Linting;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>What <c>rules validate</c> checks beyond compiling: tests on both sides, and rules that can never fire.</summary>
public class LintTests
{
    private static IReadOnlyList<Diagnostic> Lint(RuleFiles files) => RuleLinter.Check(files.Compile());

    private const string BothTests = """
            tests:
              - text: "x"
                expect: fires
              - text: "y"
                expect: silent
        """;

    [Fact]
    public void A_rule_without_tests_is_an_error()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: controversy");
        var diagnostic = Lint(files).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.MissingTest);
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Location.Line.ShouldBe(4);
    }

    [Theory]
    [InlineData("fires", "silent")]
    [InlineData("silent", "fires")]
    public void A_rule_tested_on_one_side_only_is_a_warning(string present, string missing)
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: controversy", extra: $"    tests:\n      - text: \"x\"\n        expect: {present}");
        var diagnostic = Lint(files).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.OneSidedTests);
        diagnostic.IsError.ShouldBeFalse();
        diagnostic.Message.ShouldBe($"rule 'T-001' has no 'expect: {missing}' test");
    }

    [Theory]
    [InlineData("Total < 10 && Total > 20", "'Total < 10' and 'Total > 20' cannot both hold")]
    [InlineData("Total >= 50 && Total < @cap", "'Total >= 50' and 'Total < @cap' cannot both hold")]
    [InlineData("@cap > 100", "'@cap > 100' is false whatever the facts")]
    [InlineData("Unit == \\\"patients\\\" && Unit == \\\"studies\\\"", "cannot both hold")]
    [InlineData("Total == 5 && Total != 5", "cannot both hold")]
    [InlineData("Total == 5 && Total > 5", "cannot both hold")]
    public void Contradictory_conditions_can_never_fire(string where, string reason)
    {
        using var files = new RuleFiles();
        files.Rule($"      - fact: samplesize\n        where: \"{where}\"", extra: "    params: { cap: 50 }\n" + BothTests);
        var diagnostic = Lint(files).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.CannotFire);
        diagnostic.Message.ShouldContain(reason);
        diagnostic.Location.Line.ShouldBe(16);
    }

    [Fact]
    public void Contradictory_booleans_can_never_fire()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: claim\n        where: IsBenefit && !IsBenefit", extra: BothTests);
        Lint(files).ShouldHaveSingleItem().Message.ShouldContain("'IsBenefit' and '!IsBenefit' cannot both hold");
    }

    [Fact]
    public void Requiring_and_forbidding_the_same_fact_can_never_fire()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: claim\n        as: c\n      - not:\n          fact: claim", extra: BothTests);
        Lint(files).ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.CannotFire);
    }

    [Fact]
    public void Crossed_count_bounds_can_never_fire()
    {
        using var files = new RuleFiles();
        files.Rule("      - count:\n          fact: pvalue\n          min: 3\n          max: 1", extra: BothTests);
        files.Diagnostics().ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.CannotFire);
    }

    [Theory]
    [InlineData("Total > 10 && Total < 20")]
    [InlineData("Total >= 5 && Total <= 5")]
    [InlineData("Unit == \\\"patients\\\" && Unit != \\\"studies\\\"")]
    [InlineData("@cap < 100")]
    public void Satisfiable_conditions_are_not_reported(string where)
    {
        using var files = new RuleFiles();
        files.Rule($"      - fact: samplesize\n        where: \"{where}\"", extra: "    params: { cap: 50 }\n" + BothTests);
        Lint(files).ShouldBeEmpty();
    }

    [Fact]
    public void Shipped_packs_pass_every_check()
    {
        var compiled = Compiling.RuleSetCompiler.Load(RuleFiles.ShippedRules);
        RuleLinter.Check(compiled).Select(d => d.ToString()).ShouldBeEmpty();
    }
}
