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

    /// <summary>Every firing, before flags are built: which rule, and the facts bound to each of its names; in <see cref="FiringOrder"/>.</summary>
    /// <exception cref="RuleSetException">When the rules fire more than <see cref="MaxFirings"/> times on one document.</exception>
    public IReadOnlyList<RuleFiring> Fire(FactSet facts)
    {
        var session = _factory.CreateSession();
        var collector = new FiringCollector(_rules);
        collector.Attach(session);
        try
        {
            return Run(session, facts, collector);
        }
        finally
        {
            collector.Detach(session);
        }
    }

    /// <summary>
    /// A session for one worker to keep across documents (see <see cref="RuleSession"/>); not thread-safe.
    /// Falls back to a fresh session per document when a rule could match without a fact of its own.
    /// </summary>
    public RuleSession OpenSession() => new(this, CanReuseSessions ? _factory.CreateSession() : null);

    /// <summary>
    /// A session can be kept across documents only when every rule binds at least one fact positively: then
    /// each activation holds a fact of the document at hand, and refraction never hides a firing. A rule of
    /// only <c>not</c>, <c>exists</c> or <c>count</c> would match the empty session once and never again.
    /// </summary>
    public bool CanReuseSessions => _canReuse ??= Rules.All(r => r.When.Any(c => c is PatternSpec));

    private bool? _canReuse;

    internal ISessionFactory Factory => _factory;

    /// <summary>Inserts one document's facts into <paramref name="session"/> and fires, at most <see cref="MaxFirings"/> times.</summary>
    internal static IReadOnlyList<RuleFiring> Run(ISession session, FactSet facts, FiringCollector collector)
    {
        session.InsertAll(facts.All);
        var fired = session.Fire(MaxFirings + 1);
        var firings = collector.Take();
        if (fired > MaxFirings)
        {
            var worst = firings.GroupBy(f => f.Rule.Id).MaxBy(g => g.Count())!.First().Rule;
            throw new RuleSetException([new Diagnostic(DiagnosticCodes.TooManyFirings,
                $"{facts.Document.SourceName}: the rules fired more than {MaxFirings:N0} times (most often '{worst.Id}'); narrow its patterns with joins", worst.Location)]);
        }

        return FiringOrder.Sort(firings);
    }
}

/// <summary>Collects firings from a session's events: rule and bound facts.</summary>
internal sealed class FiringCollector(IReadOnlyDictionary<string, CompiledRule> rules)
{
    private List<RuleFiring> _firings = [];

    public void Attach(ISession session)
    {
        session.Events.RuleFiredEvent += OnFired;
        session.Events.LhsExpressionFailedEvent += OnConditionFailed;
    }

    public void Detach(ISession session)
    {
        session.Events.RuleFiredEvent -= OnFired;
        session.Events.LhsExpressionFailedEvent -= OnConditionFailed;
    }

    public IReadOnlyList<RuleFiring> Take()
    {
        var taken = _firings;
        _firings = [];
        return taken;
    }

    private void OnFired(object? sender, AgendaEventArgs e)
    {
        var bound = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var match in e.Facts)
        {
            if (match.Value is not null)
            {
                bound[match.Declaration.Name] = match.Value;
            }
        }

        _firings.Add(new RuleFiring(rules[e.Rule.Name], bound));
    }

    // A condition that throws on some fact (a null member, say) does not match that fact, as a SQL WHERE would not.
    private static void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e) => e.IsHandled = true;
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
