using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>How conditions run (interpreted or emitted, lowercasing remembered) must never change what fires.</summary>
public class ConditionCodeTests
{
    private static string Describe(IEnumerable<Flag> flags) => string.Join(" | ", flags.Select(f => $"{f.Id}: {f.Message} [{string.Join("; ", f.Evidence)}]"));

    private static readonly string[] Bodies =
    [
        "RESULTS: Heparin reduced mortality (OR 2.2, 95% CI 0.8 to 5.6). CONCLUSIONS: Heparin is effective and proves superior.",
        "This pilot study was funded by a grant from the maker. There is controversy about its safety. It may reduce bleeding.",
        "We randomised 120 adults. Pain fell (RR 0.8, 95% CI 0.7 to 0.9; P = .01). Adverse events were rare.",
    ];

    [Fact]
    public void Shipped_rules_give_the_same_flags_interpreted_and_emitted()
    {
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules);
        var interpreted = RuleSetCompiler.Compile(loaded, code: ConditionCode.Interpreted);
        var emitted = RuleSetCompiler.Compile(loaded, code: ConditionCode.Emitted);
        var facts = Bodies.Select(b => RuleFiles.Facts(b, "A pilot randomised trial")).Append(RuleFiles.SeedFacts()).ToList();
        var fired = 0;
        foreach (var set in facts)
        {
            var flags = interpreted.Appraise(set);
            fired += flags.Count;
            Describe(emitted.Appraise(set)).ShouldBe(Describe(flags));
        }

        fired.ShouldBeGreaterThan(10); // the rules did fire: the comparison is not between two empty lists
    }

    [Theory]
    [InlineData(ConditionCode.Interpreted)]
    [InlineData(ConditionCode.Emitted)]
    public void A_lowercased_condition_sees_each_text_as_it_is(ConditionCode code)
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: sentence
                    as: s
                    where: Quote.ToLowerInvariant().Contains("heparin") && !Quote.ToLowerInvariant().Contains("placebo")
            """, message: "{{ s.Quote }}");
        var rules = RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]), code: code);

        // Alternating texts on one thread: a remembered lowercase of one sentence must never answer for another.
        for (var round = 0; round < 3; round++)
        {
            rules.Appraise(RuleFiles.Facts("HEPARIN was given. Nothing else happened.")).Select(f => f.Message).ShouldBe(["HEPARIN was given."]);
            rules.Appraise(RuleFiles.Facts("Heparin or placebo was given.")).ShouldBeEmpty();
            rules.Appraise(RuleFiles.Facts("Aspirin was given.")).ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_memo_lowers_exactly_as_ToLowerInvariant_and_answers_by_instance()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Sentence {i} ÄÖÜ İstanbul ΣΑΣ Straße MIXED case").ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in texts)
            {
                LowercaseMemo.Lower(text).ShouldBe(text.ToLowerInvariant());
            }
        }

        // Equal content in a new instance is lowered afresh, and gives the same answer.
        var copy = new string(texts[0].AsSpan());
        LowercaseMemo.Lower(copy).ShouldBe(texts[0].ToLowerInvariant());
        Should.Throw<NullReferenceException>(() => LowercaseMemo.Lower(null!));
    }
}
