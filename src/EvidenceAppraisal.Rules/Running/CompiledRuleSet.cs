using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Model;
using NRules;
using NRules.Diagnostics;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>
/// A compiled rule set: thread-safe, built once, shared by all workers. Each <see cref="Appraise"/> call
/// runs its own NRules session over one document's facts and turns the firings into flags.
/// </summary>
public sealed class CompiledRuleSet
{
    /// <summary>More firings than this on one document means a rule matches combinations without bound; the session stops.</summary>
    public const int MaxFirings = 10_000;

    private readonly ISessionFactory _factory;
    private readonly IReadOnlyDictionary<string, CompiledRule> _rules;

    internal CompiledRuleSet(LoadedRules source, ISessionFactory factory, IReadOnlyDictionary<string, CompiledRule> rules)
    {
        Source = source;
        _factory = factory;
        _rules = rules;
    }

    public LoadedRules Source { get; }

    public Profile Profile => Source.Profile;

    public IReadOnlyList<RuleSpec> Rules => Source.Rules;

    internal IReadOnlyDictionary<string, CompiledRule> Compiled => _rules;

    /// <summary>Runs the rules on one document's facts and returns the flags, superseded ones removed, most severe first.</summary>
    public IReadOnlyList<Flag> Appraise(FactSet facts) => FlagFactory.Build(Fire(facts), facts.Document);

    /// <summary>Every firing, before flags are built: which rule, and the facts bound to each of its names.</summary>
    /// <exception cref="RuleSetException">When the rules fire more than <see cref="MaxFirings"/> times on one document.</exception>
    public IReadOnlyList<RuleFiring> Fire(FactSet facts)
    {
        var session = _factory.CreateSession();
        var firings = new List<RuleFiring>();
        void OnFired(object? sender, AgendaEventArgs e)
        {
            var bound = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var match in e.Facts)
            {
                if (match.Value is not null)
                {
                    bound[match.Declaration.Name] = match.Value;
                }
            }

            firings.Add(new RuleFiring(_rules[e.Rule.Name], bound));
        }

        // A condition that throws on some fact (a null member, say) does not match that fact, as a SQL WHERE would not.
        static void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e) => e.IsHandled = true;

        session.Events.RuleFiredEvent += OnFired;
        session.Events.LhsExpressionFailedEvent += OnConditionFailed;
        session.InsertAll(facts.All);
        var fired = session.Fire(MaxFirings + 1);
        session.Events.RuleFiredEvent -= OnFired;
        session.Events.LhsExpressionFailedEvent -= OnConditionFailed;
        if (fired > MaxFirings)
        {
            var worst = firings.GroupBy(f => f.Rule.Id).MaxBy(g => g.Count())!.First().Rule;
            throw new RuleSetException([new Diagnostic(DiagnosticCodes.TooManyFirings,
                $"{facts.Document.SourceName}: the rules fired more than {MaxFirings:N0} times (most often '{worst.Id}'); narrow its patterns with joins", worst.Location)]);
        }

        return firings;
    }
}

/// <summary>One activation of one rule.</summary>
public sealed class RuleFiring
{
    internal RuleFiring(CompiledRule rule, IReadOnlyDictionary<string, object> facts)
    {
        Compiled = rule;
        Facts = facts;
    }

    internal CompiledRule Compiled { get; }

    public RuleSpec Rule => Compiled.Spec;

    /// <summary>Declaration name → fact (or collection of facts for a count).</summary>
    public IReadOnlyDictionary<string, object> Facts { get; }
}
