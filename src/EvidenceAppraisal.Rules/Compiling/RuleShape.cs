namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>The names a rule binds and their fact types, and its conditions as compiled: what its message, evidence and explanations can refer to.</summary>
internal sealed class RuleShape
{
    /// <summary>Name → fact type; <see cref="Collections"/> marks names bound to a counted collection.</summary>
    public Dictionary<string, Type> Names { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Collections { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the rule author wrote with <c>as</c>, in order; evidence defaults to these.</summary>
    public List<string> Declared { get; } = [];

    /// <summary>The <c>when</c> list as compiled, in written order.</summary>
    public List<ConditionPlan> Conditions { get; } = [];
}
