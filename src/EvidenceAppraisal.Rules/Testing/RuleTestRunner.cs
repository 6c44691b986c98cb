using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Testing;

/// <summary>The outcome of one inline rule test.</summary>
public sealed record RuleTestResult(RuleSpec Rule, RuleTestSpec Test, bool Passed, string Detail);

/// <summary>
/// Runs every rule's inline <c>tests</c>: each text is read as an abstract body (with an optional title),
/// facts are extracted, the whole rule set fires, and the rule under test must fire or stay silent.
/// </summary>
public static class RuleTestRunner
{
    public static IReadOnlyList<RuleTestResult> Run(CompiledRuleSet ruleSet, FactExtraction extraction)
    {
        var results = new List<RuleTestResult>();
        foreach (var rule in ruleSet.Rules)
        {
            foreach (var test in rule.Tests)
            {
                results.Add(RunOne(ruleSet, extraction, rule, test));
            }
        }

        return results;
    }

    public static RuleTestResult RunOne(CompiledRuleSet ruleSet, FactExtraction extraction, RuleSpec rule, RuleTestSpec test)
    {
        var document = new DocumentBuilder($"{rule.Id} test", null).Title(test.Title ?? "").Body(test.Text).Build();
        var firings = ruleSet.Fire(extraction.Extract(document));
        var fired = firings.Any(f => f.Rule.Id == rule.Id);
        var flags = FlagFactory.Build(firings, document);
        var flag = flags.FirstOrDefault(f => f.Id == rule.Id);
        if (fired != test.ExpectFires)
        {
            return new RuleTestResult(rule, test, false, test.ExpectFires ? "expected the rule to fire, but it stayed silent" : $"expected silence, but it fired: {flag?.Message}");
        }

        if (test.MessageContains is { } expected && (flag is null || !flag.Message.Contains(expected, StringComparison.OrdinalIgnoreCase)))
        {
            return new RuleTestResult(rule, test, false, $"expected the message to contain '{expected}', got '{flag?.Message}'");
        }

        return new RuleTestResult(rule, test, true, fired ? "fires" : "silent");
    }
}
