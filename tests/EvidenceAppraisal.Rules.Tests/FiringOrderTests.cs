using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>Firings come in an order that depends on the rules and the facts alone, not on NRules' network or history.</summary>
public class FiringOrderTests
{
    [Fact]
    public void Firings_are_sorted_by_rule_and_then_by_where_their_facts_stand_in_the_text()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: sentence
                    as: s
                  - fact: sentence
                    as: t
                    where: SentenceIndex != s.SentenceIndex
            """, message: "{{ s.Quote }} / {{ t.Quote }}");
        var rules = RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]));
        var facts = RuleFiles.Facts("First sentence here. Second sentence here. Third sentence here.");
        var sentences = facts.All.OfType<Extraction.Roles.SentenceRoleFact>().OrderBy(f => f.Span.Start).ToList();
        sentences.Count.ShouldBe(3);

        // In text order: s by position, then t by position.
        var fired = rules.Fire(facts);
        fired.Select(f => ((Fact)f.Facts["s"]).SentenceIndex * 10 + ((Fact)f.Facts["t"]).SentenceIndex)
            .ShouldBe([1, 2, 10, 12, 20, 21]);

        // Given in any order, the same firings sort the same way.
        var reversed = fired.Reverse().ToList();
        FiringOrder.Sort(reversed).ShouldBe(fired);
    }
}
