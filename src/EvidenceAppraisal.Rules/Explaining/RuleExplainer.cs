using System.Collections;
using System.Reflection;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Explaining;

/// <summary>
/// Says why each rule did or did not fire on a document. Whether a rule fired comes from the NRules session;
/// the condition-by-condition account comes from evaluating the rule's compiled conditions one at a time over
/// the same facts (each conjunct of a <c>where</c> separately), so it can say which part failed.
/// </summary>
public static class RuleExplainer
{
    /// <summary>Partial matches carried from one condition to the next; explanations stay bounded on any document.</summary>
    public const int MaxBindings = 1000;

    public static IReadOnlyList<RuleExplanation> Explain(CompiledRuleSet ruleSet, FactSet facts)
    {
        var firings = ruleSet.Fire(facts);
        var (shown, hidden) = FlagFactory.BuildAll(firings, facts.Document);
        var result = new List<RuleExplanation>();
        foreach (var rule in ruleSet.Rules)
        {
            var compiled = ruleSet.Compiled[rule.Id];
            var conditions = Trace(compiled.Shape.Conditions, facts);
            var own = firings.Where(f => f.Rule.Id == rule.Id).ToList();
            if (own.Count > 0)
            {
                var flags = shown.Where(f => f.Id == rule.Id).ToList();
                var hiddenBy = hidden.FirstOrDefault(h => h.Flag.Id == rule.Id);
                result.Add(new RuleExplanation(rule, flags.Count > 0 ? RuleOutcome.Fired : RuleOutcome.Hidden,
                    flags.Count > 0 ? flags : hidden.Where(h => h.Flag.Id == rule.Id).Select(h => h.Flag).ToList(),
                    hiddenBy?.SupersededBy, own.Select(Describe).ToList(), conditions));
                continue;
            }

            var outcome = conditions.Count > 0 && conditions[0].State == ConditionState.Held ? RuleOutcome.PartlyMatched : RuleOutcome.NotMatched;
            result.Add(new RuleExplanation(rule, outcome, [], null, [], conditions));
        }

        return result;
    }

    private static List<ConditionTrace> Trace(IReadOnlyList<ConditionPlan> plans, FactSet facts)
    {
        var bindings = new List<Bindings> { new() };
        var traces = new List<ConditionTrace>();
        var stopped = false;
        foreach (var plan in plans)
        {
            if (stopped)
            {
                traces.Add(new ConditionTrace(Describe(plan), plan.Location, ConditionState.NotReached, []));
                continue;
            }

            var steps = new List<StepTrace>();
            var next = plan switch
            {
                MatchPlan m => MatchSequence([m.Pattern], bindings, facts, steps, ""),
                NotPlan n => Filter(n.Patterns, bindings, facts, steps, keepWhenFound: false),
                ExistsPlan e => Filter(e.Patterns, bindings, facts, steps, keepWhenFound: true),
                AnyPlan a => a.Branches.SelectMany((branch, i) => MatchSequence(branch, bindings, facts, steps, $"branch {i + 1}: ")).Take(MaxBindings).ToList(),
                CountPlan c => Count(c, bindings, facts, steps),
                _ => [],
            };
            var held = next.Count > 0;
            traces.Add(new ConditionTrace(Describe(plan), plan.Location, held ? ConditionState.Held : ConditionState.Failed, steps));
            stopped = !held;
            bindings = next;
        }

        return traces;
    }

    /// <summary>Matches patterns one after another, each over every partial match so far, recording how many candidates each step keeps.</summary>
    private static List<Bindings> MatchSequence(IReadOnlyList<PatternPlan> patterns, List<Bindings> bindings, FactSet facts, List<StepTrace>? steps, string prefix)
    {
        var current = bindings;
        foreach (var pattern in patterns)
        {
            var candidates = facts.All.Where(pattern.Type.IsInstanceOfType).ToList();
            var pairs = current.SelectMany(b => candidates.Select(f => (Bound: b, Fact: (object)f))).Take(MaxBindings * 10).ToList();
            steps?.Add(new StepTrace($"{prefix}{pattern.Alias} facts", candidates.Count, facts.All.Count));
            foreach (var conjunct in pattern.Conjuncts)
            {
                var before = pairs.Count;
                pairs = pairs.Where(p => conjunct.Holds(p.Fact, p.Bound.Values)).ToList();
                steps?.Add(new StepTrace($"{prefix}{conjunct.Text}", pairs.Count, before));
            }

            current = pairs.Take(MaxBindings).Select(p => p.Bound.With(pattern.Name, p.Fact)).ToList();
        }

        return current;
    }

    /// <summary><c>not</c> and <c>exists</c>: keeps the partial matches for which the group finds (or does not find) a match.</summary>
    private static List<Bindings> Filter(IReadOnlyList<PatternPlan> patterns, List<Bindings> bindings, FactSet facts, List<StepTrace> steps, bool keepWhenFound)
    {
        var found = MatchSequence(patterns, bindings, facts, steps, "");
        var kept = bindings.Where(b => MatchSequence(patterns, [b], facts, null, "").Count > 0 == keepWhenFound).ToList();
        var first = patterns.FirstOrDefault();
        var quotes = first is null ? [] : found.Select(b => b.Values.GetValueOrDefault(first.Name)).OfType<Fact>().Select(f => f.Quote).Distinct().Take(3).ToList();
        var note = quotes.Count == 0 ? null : (keepWhenFound ? "found in: " : "blocked by: ") + string.Join(" | ", quotes.Select(q => $"\"{Shorten(q)}\""));
        steps.Add(new StepTrace(keepWhenFound ? "partial matches for which it exists" : "partial matches for which none exists", kept.Count, bindings.Count, note));
        return kept;
    }

    private static List<Bindings> Count(CountPlan plan, List<Bindings> bindings, FactSet facts, List<StepTrace> steps)
    {
        var item = plan.Item;
        var candidates = facts.All.Where(item.Type.IsInstanceOfType).ToList();
        steps.Add(new StepTrace($"{item.Alias} facts", candidates.Count, facts.All.Count));
        var kept = new List<Bindings>();
        var counts = new List<int>();
        foreach (var bound in bindings)
        {
            var matching = candidates.Where(f => item.Conjuncts.All(c => c.Holds(f, bound.Values))).ToList();
            counts.Add(matching.Count);
            if (matching.Count >= (plan.Min ?? 0) && matching.Count <= (plan.Max ?? int.MaxValue))
            {
                var typed = Array.CreateInstance(item.Type, matching.Count);
                for (var i = 0; i < matching.Count; i++)
                {
                    typed.SetValue(matching[i], i);
                }

                kept.Add(bound.With(plan.CollectionName, typed));
            }
        }

        foreach (var conjunct in item.Conjuncts)
        {
            var passing = bindings.Sum(b => candidates.Count(f => conjunct.Holds(f, b.Values)));
            steps.Add(new StepTrace(conjunct.Text, passing, candidates.Count * bindings.Count));
        }

        var range = plan.Min is { } min ? plan.Max is { } max ? $"between {min} and {max}" : $"at least {min}" : $"at most {plan.Max}";
        steps.Add(new StepTrace($"count {range}", kept.Count, bindings.Count, $"counted {string.Join(", ", counts.Distinct().Take(5))}"));
        return kept;
    }

    private static string Describe(ConditionPlan plan) => plan switch
    {
        MatchPlan m => Describe(m.Pattern),
        NotPlan n => "not: " + string.Join(", ", n.Patterns.Select(Describe)),
        ExistsPlan e => "exists: " + string.Join(", ", e.Patterns.Select(Describe)),
        AnyPlan a => "any: " + string.Join(" | ", a.Branches.Select(b => string.Join(", ", b.Select(Describe)))),
        CountPlan c => $"count {Describe(c.Item)}" + (c.Min is { } min ? $" min {min}" : "") + (c.Max is { } max ? $" max {max}" : "") + (c.IsNamed ? $" as {c.CollectionName}" : ""),
        _ => plan.GetType().Name,
    };

    private static string Describe(PatternPlan pattern) =>
        pattern.Label + (pattern.Conjuncts.Count == 0 ? "" : " where " + string.Join(" && ", pattern.Conjuncts.Select(c => c.Text)));

    private static List<MatchedFact> Describe(RuleFiring firing)
    {
        var result = new List<MatchedFact>();
        foreach (var (name, value) in firing.Facts)
        {
            var shown = name.StartsWith("__", StringComparison.Ordinal) ? "" : name;
            if (value is Fact fact)
            {
                result.Add(Describe(shown, fact));
            }
            else if (value is IEnumerable many)
            {
                var items = many.OfType<Fact>().ToList();
                result.Add(new MatchedFact(shown, $"{items.Count} counted", "", []));
                result.AddRange(items.Select((f, i) => Describe($"{shown}[{i}]", f)));
            }
        }

        return result;
    }

    private static MatchedFact Describe(string name, Fact fact)
    {
        var type = fact.GetType();
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(Fact.Quote) or nameof(Fact.Span)) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, Shorten(ValueText.Format(p.GetValue(fact)))))
            .ToList();
        return new MatchedFact(name, FactAliases.AliasOf(type) ?? type.Name, fact.Quote, members);
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";

    /// <summary>Names bound so far in one partial match; immutable so that branches can share prefixes.</summary>
    private sealed class Bindings
    {
        public Bindings()
        {
            Values = new Dictionary<string, object>(StringComparer.Ordinal);
        }

        private Bindings(Dictionary<string, object> values)
        {
            Values = values;
        }

        public Dictionary<string, object> Values { get; }

        public Bindings With(string name, object value) => new(new Dictionary<string, object>(Values, StringComparer.Ordinal) { [name] = value });
    }
}
