using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Explaining;

namespace EvidenceAppraisal.Rules.Tests;

public class ExplainTests
{
    [Fact]
    public void A_fired_rule_names_the_facts_it_matched()
    {
        var explanation = RuleExplainer.Explain(RuleSetCompiler.Load(RuleFiles.ShippedRules), RuleFiles.SeedFacts()).Single(e => e.Rule.Id == "EA-DOUBT-001");
        explanation.Outcome.ShouldBe(RuleOutcome.Fired);
        var fact = explanation.Matches.ShouldHaveSingleItem().ShouldHaveSingleItem();
        (fact.Name, fact.Alias).ShouldBe(("c", "controversy"));
        fact.Quote.ShouldBe("However, there is controversy in its effectiveness and safety.");
        fact.Members.ShouldContain(("AboutText", "effectiveness and safety"));
        explanation.Flags.ShouldHaveSingleItem().Evidence.ShouldBe([fact.Quote]);
    }

    [Fact]
    public void A_rule_that_did_not_fire_says_which_conjunct_failed()
    {
        var facts = RuleFiles.Facts("RESULTS: Heparin reduced mortality (RR 0.8, 95% CI 0.7 to 0.9).");
        var explanation = RuleExplainer.Explain(RuleSetCompiler.Load(RuleFiles.ShippedRules), facts).Single(e => e.Rule.Id == "EA-CLAIM-001");
        explanation.Outcome.ShouldBe(RuleOutcome.NotMatched);
        var failed = explanation.FailedAt.ShouldNotBeNull();
        failed.Steps.Select(s => (s.Text, s.Passed, s.Of)).Skip(1).Take(2).ShouldBe([("IsBenefit", 1, 1), ("!IsQuantified", 0, 1)]);
    }

    [Fact]
    public void A_partly_matched_rule_shows_the_fact_that_blocked_its_not()
    {
        var facts = RuleFiles.Facts("Mortality was lower with heparin (RR 0.80, 95% CI 0.70 to 0.92).");
        var explanation = RuleExplainer.Explain(RuleSetCompiler.Load(RuleFiles.ShippedRules), facts).Single(e => e.Rule.Id == "EA-NUM-002");
        explanation.Outcome.ShouldBe(RuleOutcome.PartlyMatched);
        explanation.Conditions.Select(c => c.State).Take(2).ShouldBe([ConditionState.Held, ConditionState.Failed]);
        explanation.Conditions[1].Steps[^1].Note.ShouldBe("blocked by: \"Mortality was lower with heparin (RR 0.80, 95% CI 0.70 to 0.92).\"");
    }

    [Fact]
    public void A_superseded_rule_is_explained_as_hidden()
    {
        var compiled = RuleSetCompiler.Load(RuleFiles.ShippedRules, RuleFiles.ExampleProfile);
        var explanation = RuleExplainer.Explain(compiled, RuleFiles.SeedFacts()).Single(e => e.Rule.Id == "EA-NUM-003");
        explanation.Outcome.ShouldBe(RuleOutcome.Hidden);
        explanation.HiddenBy.ShouldBe("SEH-NUM-001");
    }

    /// <summary>The condition-by-condition account must agree with the engine on every shipped rule test.</summary>
    [Fact]
    public void Explanations_agree_with_the_engine_on_every_inline_test()
    {
        var compiled = RuleSetCompiler.Compile(Loading.RuleSetLoader.Load(RuleFiles.ShippedRules, RuleFiles.ExampleProfile, overrides: false));
        foreach (var rule in compiled.Rules)
        {
            foreach (var test in rule.Tests)
            {
                var facts = RuleFiles.Facts(test.Text, test.Title ?? "Untitled");
                var explanation = RuleExplainer.Explain(compiled, facts).Single(e => e.Rule.Id == rule.Id);
                var engineFired = explanation.Outcome is RuleOutcome.Fired or RuleOutcome.Hidden;
                var allHeld = explanation.Conditions.All(c => c.State == ConditionState.Held);
                allHeld.ShouldBe(engineFired, $"{rule.Id} on \"{test.Text}\"");
            }
        }
    }
}
