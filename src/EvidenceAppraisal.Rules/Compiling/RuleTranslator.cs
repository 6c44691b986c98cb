using System.Linq.Expressions;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>Translates one <see cref="RuleSpec"/> into NRules' rule model with <see cref="RuleBuilder"/>; no C# is generated.</summary>
internal sealed class RuleTranslator
{
    /// <summary>Each pattern multiplies the partial matches a session may hold; more than this is never needed and bounds the cost.</summary>
    public const int MaxPatterns = 8;

    private readonly RuleSpec _rule;
    private readonly List<Diagnostic> _diagnostics;
    private readonly RuleLimits _limits;
    private readonly Dictionary<string, ParameterExpression> _scope = new(StringComparer.Ordinal);
    private int _generated;

    private RuleTranslator(RuleSpec rule, List<Diagnostic> diagnostics, RuleLimits limits)
    {
        _rule = rule;
        _diagnostics = diagnostics;
        _limits = limits;
    }

    public RuleShape Shape { get; } = new();

    /// <summary>The conditions of every pattern, in order, kept until <see cref="Build"/> so that gates can go in front of them.</summary>
    private readonly List<(PatternBuilder Builder, ParameterExpression Fact, IReadOnlyList<Conjunct> Conjuncts)> _patterns = [];
    private RuleBuilder? _builder;

    /// <summary>Each pattern's fact and conditions, for <see cref="PhraseGates.Plan"/>.</summary>
    public IEnumerable<(ParameterExpression Fact, IReadOnlyList<Conjunct> Conjuncts)> Patterns => _patterns.Select(p => (p.Fact, p.Conjuncts));

    /// <summary>
    /// Translates the rule's conditions; <see cref="Build"/> then puts them into NRules' model. Between the two, a rule
    /// set can look at all its rules' conditions at once (<see cref="PhraseGates"/>).
    /// </summary>
    public static RuleTranslator Begin(RuleSpec rule, List<Diagnostic> diagnostics, RuleLimits? limits = null)
    {
        var translator = new RuleTranslator(rule, diagnostics, limits ?? RuleLimits.Default);
        var before = diagnostics.Count;
        var patterns = rule.When.Sum(c => c switch
        {
            NotSpec n => n.Patterns.Count,
            ExistsSpec e => e.Patterns.Count,
            AnySpec a => a.Branches.Sum(b => b.Count),
            _ => 1,
        });
        if (patterns > MaxPatterns)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyPatterns, $"rule '{rule.Id}' has {patterns} patterns; at most {MaxPatterns} are allowed", rule.LocationOf("when")));
            return translator;
        }

        var builder = new RuleBuilder();
        builder.Name(rule.Id);
        builder.Priority(rule.Priority);
        builder.Tags(rule.Tags);
        var lhs = builder.LeftHandSide();
        foreach (var condition in rule.When)
        {
            translator.Add(lhs, condition);
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        // Firings are collected from session events; the action itself has nothing to do.
        builder.RightHandSide().Action(Expression.Lambda(Expression.Empty(), context));
        translator._builder = diagnostics.Count > before ? null : builder;
        return translator;
    }

    /// <summary>
    /// The rule in NRules' model: each pattern's gates (conditions its own imply, shared with other rules' patterns) and
    /// then its own conditions. Null when translation failed or the model refuses the rule (added to <paramref name="diagnostics"/>).
    /// </summary>
    public IRuleDefinition? Build(PhraseGates gates, List<Diagnostic> diagnostics)
    {
        if (_builder is null)
        {
            return null;
        }

        foreach (var (pattern, fact, conjuncts) in _patterns)
        {
            foreach (var gate in gates.For(fact, conjuncts))
            {
                pattern.Condition(gate);
            }

            foreach (var conjunct in conjuncts)
            {
                pattern.Condition(conjunct.Lambda);
            }
        }

        try
        {
            return _builder.Build();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotFire, $"rule '{_rule.Id}' cannot be built: {ex.Message}", _rule.Location));
            return null;
        }
    }

    private void Add(GroupBuilder group, ConditionSpec condition)
    {
        switch (condition)
        {
            case PatternSpec pattern:
                if (AddPattern(p => group.Pattern(p.Item1, p.Item2), pattern, declare: true) is { } matched)
                {
                    Shape.Conditions.Add(new MatchPlan(matched));
                }

                break;
            case NotSpec not:
                var notPlans = AddGroup(not.Patterns, not.Location, () => not.Patterns.Count == 1 ? null : group.Not().Group(GroupType.And), p => group.Not().Pattern(p.Item1, p.Item2));
                Shape.Conditions.Add(new NotPlan(notPlans, not.Location));
                break;
            case ExistsSpec exists:
                var existsPlans = AddGroup(exists.Patterns, exists.Location, () => exists.Patterns.Count == 1 ? null : group.Exists().Group(GroupType.And), p => group.Exists().Pattern(p.Item1, p.Item2));
                Shape.Conditions.Add(new ExistsPlan(existsPlans, exists.Location));
                break;
            case AnySpec any:
                var or = group.Group(GroupType.Or);
                var branches = new List<IReadOnlyList<PatternPlan>>();
                foreach (var branch in any.Branches)
                {
                    var and = or.Group(GroupType.And);
                    var saved = new Dictionary<string, ParameterExpression>(_scope, StringComparer.Ordinal);
                    var plans = new List<PatternPlan>();
                    foreach (var pattern in branch)
                    {
                        if (AddPattern(p => and.Pattern(p.Item1, p.Item2), pattern, declare: true) is { } plan)
                        {
                            plans.Add(plan);
                        }
                    }

                    branches.Add(plans);
                    RestoreScope(saved);
                }

                Shape.Conditions.Add(new AnyPlan(branches, any.Location));
                break;
            case CountSpec count:
                AddCount(group, count);
                break;
        }
    }

    /// <summary>Patterns under not/exists: names are local to the group and bind nothing for the action.</summary>
    private List<PatternPlan> AddGroup(IReadOnlyList<PatternSpec> patterns, SourceLocation at, Func<GroupBuilder?> andGroup, Func<(Type, string), PatternBuilder> single)
    {
        var plans = new List<PatternPlan>();
        if (patterns.Count == 0)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, "the group needs at least one pattern", at));
            return plans;
        }

        var saved = new Dictionary<string, ParameterExpression>(_scope, StringComparer.Ordinal);
        var group = andGroup();
        foreach (var pattern in patterns)
        {
            if (AddPattern(group is null ? single : p => group.Pattern(p.Item1, p.Item2), pattern, declare: false) is { } plan)
            {
                plans.Add(plan);
            }
        }

        RestoreScope(saved);
        return plans;
    }

    private void RestoreScope(Dictionary<string, ParameterExpression> saved)
    {
        _scope.Clear();
        foreach (var (k, v) in saved)
        {
            _scope[k] = v;
        }
    }

    private PatternPlan? AddPattern(Func<(Type, string), PatternBuilder> create, PatternSpec pattern, bool declare)
    {
        var type = ResolveFact(pattern.Fact, pattern.Location);
        if (type is null)
        {
            return null;
        }

        var name = Name(pattern.Name, pattern.Fact, pattern.Location);
        var builder = create((type, name));
        var parameter = Expression.Parameter(type, name);
        var conjuncts = pattern.Where is { } where ? ConditionCompiler.Compile(where, parameter, _scope, _rule.Params, _diagnostics, _limits.MaxExpressionChars) : [];
        _patterns.Add((builder, parameter, conjuncts));
        _scope[name] = parameter;
        var plan = new PatternPlan(pattern.Fact, type, name, pattern.Name is not null, conjuncts, pattern.Location);
        if (!declare)
        {
            return plan; // names under not/exists are local to their group and bind nothing
        }

        Shape.Names[name] = type;
        if (pattern.Name is not null)
        {
            Shape.Declared.Add(name);
        }

        return plan;
    }

    private void AddCount(GroupBuilder group, CountSpec count)
    {
        var type = ResolveFact(count.Fact, count.Location);
        if (type is null)
        {
            return;
        }

        var collectionType = typeof(IEnumerable<>).MakeGenericType(type);
        var name = Name(count.Name, count.Fact + "s", count.Location);
        var collection = group.Pattern(collectionType, name);
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        var itemName = $"__{count.Fact}_item{_generated++}";
        var item = aggregate.Pattern(type, itemName);
        var parameter = Expression.Parameter(type, itemName);
        var conjuncts = count.Where is { } where ? ConditionCompiler.Compile(where, parameter, _scope, _rule.Params, _diagnostics, _limits.MaxExpressionChars) : [];
        _patterns.Add((item, parameter, conjuncts));

        var self = Expression.Parameter(collectionType, name);
        var counted = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [type], self);
        if (count.Min is { } min)
        {
            collection.Condition(Expression.Lambda(Expression.GreaterThanOrEqual(counted, Expression.Constant(min)), self));
        }

        if (count.Max is { } max)
        {
            collection.Condition(Expression.Lambda(Expression.LessThanOrEqual(counted, Expression.Constant(max)), self));
        }

        _scope[name] = self;
        Shape.Names[name] = type;
        Shape.Collections.Add(name);
        if (count.Name is not null)
        {
            Shape.Declared.Add(name);
        }

        var itemPlan = new PatternPlan(count.Fact, type, itemName, false, conjuncts, count.Location);
        Shape.Conditions.Add(new CountPlan(itemPlan, name, count.Name is not null, count.Min, count.Max, count.Location));
    }

    private string Name(string? written, string fact, SourceLocation at)
    {
        if (written is null)
        {
            return $"__{fact}{_generated++}";
        }

        if (_scope.ContainsKey(written) || Shape.Names.ContainsKey(written))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.BadValue, $"the name '{written}' is already bound in this rule", at));
        }
        else if (written.StartsWith("__", StringComparison.Ordinal) || written is "params" or "it")
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.BadValue, $"the name '{written}' is reserved", at));
        }

        return written;
    }

    private Type? ResolveFact(string alias, SourceLocation at)
    {
        var type = FactAliases.TypeOf(alias);
        if (type is null)
        {
            var best = FactAliases.Names.MinBy(n => Loading.YamlMap.Levenshtein(n, alias));
            var hint = best is not null && Loading.YamlMap.Levenshtein(best, alias) <= 2 ? $"; did you mean '{best}'?" : "";
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownFact, $"unknown fact '{alias}'{hint} (known: {string.Join(", ", FactAliases.Names.Order(StringComparer.Ordinal))})", at));
        }

        return type;
    }
}
