using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Linting;

/// <summary>
/// The checks <c>rules validate</c> adds to compiling: every rule is tested, on both sides, and no rule is
/// written so that it can never fire. Appraising does not run them: a report needs the rules to compile,
/// not to be well kept.
/// </summary>
public static class RuleLinter
{
    public static IReadOnlyList<Diagnostic> Check(CompiledRuleSet ruleSet)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in ruleSet.Rules)
        {
            CheckTests(rule, diagnostics);
            NeverFires.Check(ruleSet.Compiled[rule.Id], diagnostics);
        }

        return diagnostics;
    }

    /// <summary>
    /// No tests at all is an error: nothing shows the rule works. Tests on one side only are a warning (an error
    /// with <c>--strict</c>): a rule with no 'silent' test could fire on every abstract and still pass, one with
    /// no 'fires' test could never fire and still pass, but a rule is often written one side first.
    /// </summary>
    private static void CheckTests(RuleSpec rule, List<Diagnostic> diagnostics)
    {
        if (rule.Tests.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingTest, $"rule '{rule.Id}' has no tests: add at least one 'expect: fires' and one 'expect: silent'", rule.Location));
            return;
        }

        var missing = !rule.Tests.Any(t => t.ExpectFires) ? "fires" : !rule.Tests.Any(t => !t.ExpectFires) ? "silent" : null;
        if (missing is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.OneSidedTests, $"rule '{rule.Id}' has no 'expect: {missing}' test", rule.LocationOf("tests"), IsError: false));
        }
    }
}
