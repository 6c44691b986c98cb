using EvidenceAppraisal.Extraction;
using NRules;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>
/// One worker's rule session, kept across documents: insert the document's facts, fire, then retract them,
/// so the Rete network is built once per worker instead of once per document. Not thread-safe: one per
/// worker. When <see cref="CompiledRuleSet.CanReuseSessions"/> is false it opens a fresh session per document.
/// </summary>
/// <remarks>
/// The order in which NRules fires one rule's several matches can depend on the documents the session saw before (on
/// the dev corpus 36 of 3,772 records once came out in another flag order); firings are therefore given in
/// <see cref="FiringOrder"/>, which depends on the facts alone, and a kept session gives what a fresh one gives.
/// Batch still opens a fresh session per record: a kept one allocates less than half as much per document, but
/// retracting the facts costs about what building a fresh session does (four paired 30,000-record runs: 32.6–34.0
/// CPU-s either way).
/// </remarks>
public sealed class RuleSession
{
    private readonly CompiledRuleSet _rules;
    private ISession? _session;
    private readonly FiringCollector _collector;

    internal RuleSession(CompiledRuleSet rules, ISession? session)
    {
        _rules = rules;
        _session = session;
        _collector = new FiringCollector(rules.Compiled);
        if (_session is not null)
        {
            _collector.Attach(_session);
        }
    }

    /// <summary>True when the session is kept across documents; false when each document gets its own.</summary>
    public bool Reused => _session is not null;

    /// <summary>The flags for one document's facts, exactly as <see cref="CompiledRuleSet.Appraise"/> gives them.</summary>
    /// <exception cref="Diagnostics.RuleSetException">When the rules fire more than <see cref="CompiledRuleSet.MaxFirings"/> times on one document.</exception>
    public IReadOnlyList<Flag> Appraise(FactSet facts) => FlagFactory.Build(Fire(facts), facts.Document);

    public IReadOnlyList<RuleFiring> Fire(FactSet facts)
    {
        if (_session is null)
        {
            return _rules.Fire(facts);
        }

        try
        {
            return CompiledRuleSet.Run(_session, facts, _collector);
        }
        catch
        {
            // A failure may leave facts or activations behind: start the next document on a new session.
            _collector.Detach(_session);
            _session = _rules.Factory.CreateSession();
            _collector.Attach(_session);
            throw;
        }
        finally
        {
            // Leave the session as a fresh one: no facts, and no activation a retraction left behind.
            _session.TryRetractAll(facts.All);
            _session.Agenda.Clear();
            _collector.Take();
        }
    }
}
