using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// A rule's <c>when</c> as compiled, kept beside the NRules definition so that a rule can be explained
/// (which pattern matched how many facts, which conjunct failed) and checked for conditions that can never hold.
/// </summary>
internal abstract record ConditionPlan(SourceLocation Location);

/// <summary>One fact pattern: its alias and type, the name it binds, and its conjuncts in written order.</summary>
internal sealed record PatternPlan(string Alias, Type Type, string Name, bool IsNamed, IReadOnlyList<Conjunct> Conjuncts, SourceLocation Location)
{
    /// <summary>How a person reads it: <c>claim c</c>, or just <c>estimate</c> for an unnamed pattern.</summary>
    public string Label => IsNamed ? $"{Alias} {Name}" : Alias;
}

internal sealed record MatchPlan(PatternPlan Pattern) : ConditionPlan(Pattern.Location);

internal sealed record NotPlan(IReadOnlyList<PatternPlan> Patterns, SourceLocation Location) : ConditionPlan(Location);

internal sealed record ExistsPlan(IReadOnlyList<PatternPlan> Patterns, SourceLocation Location) : ConditionPlan(Location);

internal sealed record AnyPlan(IReadOnlyList<IReadOnlyList<PatternPlan>> Branches, SourceLocation Location) : ConditionPlan(Location);

/// <summary>A count: <see cref="Item"/> is the pattern each counted fact must match; the collection is bound to <see cref="CollectionName"/>.</summary>
internal sealed record CountPlan(PatternPlan Item, string CollectionName, bool IsNamed, int? Min, int? Max, SourceLocation Location) : ConditionPlan(Location);
