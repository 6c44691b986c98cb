using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>A worker's kept session must give every document exactly the flags a fresh session gives it.</summary>
public class RuleSessionTests
{
    private static readonly string[] Bodies =
    [
        "RESULTS: Heparin reduced mortality. CONCLUSIONS: Heparin is effective.",
        "We randomised 120 adults. Pain fell (RR 0.8, 95% CI 0.7 to 0.9; P = .01).",
        "There is controversy about its safety. It may reduce bleeding.",
        "RESULTS: Heparin reduced mortality. CONCLUSIONS: Heparin is effective.",
        "A total of 30 patients were enrolled. Mortality did not differ (P = .40).",
        "Heparin reduced mortality and reduced bleeding.",
    ];

    private static FactSet Facts(string body, int i) =>
        FactExtraction.Default.Extract(new DocumentBuilder("test", $"r{i}").Title(i % 2 == 0 ? "A randomised trial" : "[Heparin in sepsis].").Body(body).Build());

    private static string Describe(IEnumerable<Flag> flags) => string.Join(" | ", flags.Select(f => $"{f.Id}: {f.Message} [{string.Join("; ", f.Evidence)}]"));

    private static void SameAsFreshSessions(CompiledRuleSet rules, bool expectReuse)
    {
        var session = rules.OpenSession();
        session.Reused.ShouldBe(expectReuse);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < Bodies.Length; i++)
            {
                var facts = Facts(Bodies[i], i);
                Describe(session.Appraise(facts)).ShouldBe(Describe(rules.Appraise(facts)), $"document {i}, round {round}");
            }
        }
    }

    [Fact]
    public void Shipped_rules_give_the_same_flags_in_a_kept_session()
    {
        var rules = RuleSetCompiler.Load(RuleFiles.ShippedRules);
        rules.CanReuseSessions.ShouldBeTrue();
        SameAsFreshSessions(rules, expectReuse: true);
    }

    [Fact]
    public void A_rule_with_no_fact_of_its_own_falls_back_to_a_session_per_document()
    {
        using var files = new RuleFiles();
        // Matches the empty session: kept across documents it would fire once and then never again.
        files.Rule("""
                  - not:
                      fact: estimate
            """);
        var rules = RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]));
        rules.CanReuseSessions.ShouldBeFalse();
        SameAsFreshSessions(rules, expectReuse: false);
        rules.OpenSession().Appraise(Facts(Bodies[0], 0)).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_count_rule_joined_to_a_fact_fires_again_for_each_document()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: document
                    as: doc
                  - count:
                      fact: pvalue
                      as: ps
                      max: 0
            """);
        var rules = RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]));
        rules.CanReuseSessions.ShouldBeTrue();
        SameAsFreshSessions(rules, expectReuse: true);
        var session = rules.OpenSession();
        session.Appraise(Facts(Bodies[0], 0)).ShouldHaveSingleItem();
        session.Appraise(Facts(Bodies[5], 5)).ShouldHaveSingleItem();
    }
}
