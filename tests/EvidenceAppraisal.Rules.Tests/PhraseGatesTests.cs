using System.Linq.Expressions;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;
using NRules.Diagnostics;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>Phrase gates shorten the network's work on each sentence and must never change what fires, or in which order.</summary>
public class PhraseGatesTests
{
    private static readonly ParameterExpression Sentence = Expression.Parameter(typeof(Extraction.Roles.SentenceRoleFact), "s");

    private static IReadOnlyList<Conjunct> Conjuncts(string where)
    {
        var diagnostics = new List<Diagnostic>();
        var conjuncts = ConditionCompiler.Compile(new ExpressionSpec(where, SourceLocation.None), Sentence,
            new Dictionary<string, ParameterExpression>(), new Dictionary<string, object>(), diagnostics, 10_000);
        diagnostics.ShouldBeEmpty();
        return conjuncts;
    }

    private static string[]? Needed(string where) => PhraseGates.Needed(Sentence, Conjuncts(where))?.Phrases;

    [Fact]
    public void A_condition_needs_one_of_the_phrases_that_each_way_of_holding_needs()
    {
        Needed("""Quote.ToLowerInvariant().Contains("trial") || Quote.ToLowerInvariant().Contains("study")""").ShouldBe(["study", "trial"]);
        // Conjuncts and && operands: the smallest set that is needed.
        Needed("""RoleName == "conclusions" && (Quote.ToLowerInvariant().Contains("a") || Quote.ToLowerInvariant().Contains("b")) && Quote.ToLowerInvariant().Contains("c")""")
            .ShouldBe(["c"]);
        Needed("""(Quote.ToLowerInvariant().Contains("a") && Quote.ToLowerInvariant().Contains("b")) || Quote.ToLowerInvariant().Contains("c")""").ShouldBe(["a", "c"]);
    }

    [Theory]
    [InlineData("""RoleName == "results" || Quote.ToLowerInvariant().Contains("trial")""")] // holds without a phrase
    [InlineData("""!Quote.ToLowerInvariant().Contains("trial")""")] // a phrase that must be absent
    [InlineData("""Quote.Contains("RCT") || Quote.ToLowerInvariant().Contains("trial")""")] // case-sensitive: not a lowered phrase
    [InlineData("""Quote.ToLowerInvariant().Contains("") || Quote.ToLowerInvariant().Contains("trial")""")] // the empty phrase is in every text
    [InlineData("""RoleName.ToLowerInvariant().Contains("res") || Quote.ToLowerInvariant().Contains("trial")""")] // two members
    [InlineData("""SentenceIndex > 2""")]
    public void A_condition_that_can_hold_without_a_phrase_of_one_member_gets_no_gate(string where) => Needed(where).ShouldBeNull();

    [Fact]
    public void Gates_group_the_sets_and_each_gate_contains_its_patterns_phrases()
    {
        var patterns = Enumerable.Range(0, 3 * PhraseGates.GroupSize)
            .Select(i => (Sentence, Conjuncts($"""Quote.ToLowerInvariant().Contains("phrase {i}") || Quote.ToLowerInvariant().Contains("other {i}")""")))
            .ToList();
        var gates = PhraseGates.Plan(patterns);
        gates.Count.ShouldBe(3);
        for (var i = 0; i < patterns.Count; i++)
        {
            var gate = gates.For(Sentence, patterns[i].Item2).ShouldHaveSingleItem();
            var text = gate.Body.ToString();
            text.ShouldContain($"\"phrase {i}\"");
            text.ShouldContain($"\"other {i}\"");
            gate.Parameters.ShouldBe([Sentence]);
        }

        // Too few sets on a member: a gate would cost a test without saving one.
        PhraseGates.Plan(patterns.Take(PhraseGates.MinSets - 1)).Count.ShouldBe(0);
    }

    private static string Describe(IEnumerable<Flag> flags) =>
        string.Join(" | ", flags.Select(f => $"{f.Id}: {f.Message} [{string.Join("; ", f.Evidence)}] {f.Why} {f.Question}"));

    [Fact]
    public void A_gate_over_many_phrases_is_a_shallow_tree_that_answers_like_its_phrases()
    {
        const int phrases = 60; // about as many as the expression guard lets one condition test
        var patterns = Enumerable.Range(0, PhraseGates.MinSets)
            .Select(i => (Sentence, Conjuncts(string.Join(" || ", Enumerable.Range(0, phrases).Select(j => $"Quote.ToLowerInvariant().Contains(\"w{i}x{j}\")")))))
            .ToList();
        var gate = PhraseGates.Plan(patterns).For(Sentence, patterns[0].Item2).ShouldHaveSingleItem();

        static int Depth(Expression e) => e is BinaryExpression b ? 1 + Math.Max(Depth(b.Left), Depth(b.Right)) : 0;
        Depth(gate.Body).ShouldBeLessThanOrEqualTo(9); // about log2 of the 360 tests of a group of six, not 360
        var holds = (Func<Extraction.Roles.SentenceRoleFact, bool>)gate.Compile();
        var facts = RuleFiles.Facts("It says W3X59 here. Nothing there.");
        var sentences = facts.All.OfType<Extraction.Roles.SentenceRoleFact>().OrderBy(f => f.SentenceIndex).ToList();
        holds(sentences[0]).ShouldBeTrue();
        holds(sentences[1]).ShouldBeFalse();
    }

    private static readonly string[] Bodies =
    [
        "RESULTS: Heparin reduced mortality (OR 2.2, 95% CI 0.8 to 5.6). CONCLUSIONS: Heparin is effective and proves superior.",
        "This pilot study was funded by a grant from the maker. There is controversy about its safety. It may reduce bleeding.",
        "We randomised 120 adults in a double-blind trial. Pain fell (RR 0.8, 95% CI 0.7 to 0.9; P = .01). Adverse events were rare.",
        "This narrative review summarises the literature. We searched MEDLINE and Embase. Risk of bias was not assessed. More research is needed.",
        "OBJECTIVE: To assess the effect of exercise. METHODS: An open-label trial in three hospitals; the primary outcome was pain at 12 weeks. "
            + "RESULTS: There was no significant difference in the primary outcome, but a trend toward fewer falls. CONCLUSIONS: Exercise should be considered.",
    ];

    /// <summary>
    /// Each rule's firings in the order they came. Flags depend on that order only: a rule's flags are grouped by message
    /// in firing order, and flags are sorted by severity, category and rule; the order between rules is NRules' own.
    /// </summary>
    private static string Firings(CompiledRuleSet rules, FactSet facts) =>
        string.Join("\n", rules.Fire(facts).GroupBy(f => f.Rule.Id).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g)
            .Select(f => f.Rule.Id + " " + string.Join(", ", f.Facts.OrderBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => $"{b.Key}={(b.Value is Fact fact ? $"{fact.Quote}@{fact.Span.Start}" : b.Value.GetType().Name)}"))));

    [Theory]
    [InlineData(ConditionCode.Interpreted)]
    [InlineData(ConditionCode.Emitted)]
    public void Shipped_rules_fire_the_same_matches_in_each_rules_order_with_and_without_gates(ConditionCode code)
    {
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules);
        var gated = RuleSetCompiler.TryCompile(loaded, null, code, phraseGates: true).RuleSet.ShouldNotBeNull();
        var plain = RuleSetCompiler.TryCompile(loaded, null, code, phraseGates: false).RuleSet.ShouldNotBeNull();
        var facts = Bodies.Select(b => RuleFiles.Facts(b, "A randomised trial or a review")).Append(RuleFiles.SeedFacts()).ToList();
        var fired = 0;
        foreach (var set in facts)
        {
            var expected = Firings(plain, set);
            fired += expected.Split('\n').Length;
            Firings(gated, set).ShouldBe(expected);
            Describe(gated.Appraise(set)).ShouldBe(Describe(plain.Appraise(set)));
        }

        fired.ShouldBeGreaterThan(40); // the rules did fire: the comparison is not between two empty lists
    }

    [Fact]
    public void A_sentence_meets_far_fewer_first_conditions_with_gates()
    {
        static int FirstConditions(CompiledRuleSet rules)
        {
            var schema = rules.Factory.GetSchema();
            var sentenceType = schema.Nodes.Single(n => n.NodeType == NodeType.Type && n.OutputType == typeof(Extraction.Roles.SentenceRoleFact));
            return schema.Links.Count(l => l.Source == sentenceType && l.Target.NodeType == NodeType.Selection);
        }

        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules);
        var gated = FirstConditions(RuleSetCompiler.TryCompile(loaded, null, ConditionCode.Interpreted, phraseGates: true).RuleSet!);
        var plain = FirstConditions(RuleSetCompiler.TryCompile(loaded, null, ConditionCode.Interpreted, phraseGates: false).RuleSet!);
        gated.ShouldBeLessThan(plain / 2);
    }
}
