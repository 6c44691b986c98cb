namespace EvidenceAppraisal.Rules.Model;

/// <summary>One element of a rule's <c>when</c> list.</summary>
public abstract record ConditionSpec(SourceLocation Location);

/// <summary>A fact of a given alias, optionally named (<c>as</c>) and filtered (<c>where</c>).</summary>
public sealed record PatternSpec(string Fact, string? Name, ExpressionSpec? Where, SourceLocation Location) : ConditionSpec(Location);

/// <summary>None of the inner patterns match together.</summary>
public sealed record NotSpec(IReadOnlyList<PatternSpec> Patterns, SourceLocation Location) : ConditionSpec(Location);

/// <summary>The inner patterns match at least once together; nothing is bound.</summary>
public sealed record ExistsSpec(IReadOnlyList<PatternSpec> Patterns, SourceLocation Location) : ConditionSpec(Location);

/// <summary>At least one branch matches; each branch is a list of patterns.</summary>
public sealed record AnySpec(IReadOnlyList<IReadOnlyList<PatternSpec>> Branches, SourceLocation Location) : ConditionSpec(Location);

/// <summary>The number of matching facts lies in [Min, Max]; <c>as</c> names the collection for evidence.</summary>
public sealed record CountSpec(string Fact, string? Name, ExpressionSpec? Where, int? Min, int? Max, SourceLocation Location) : ConditionSpec(Location);

/// <summary>An expression as written, with the location of its first character.</summary>
public sealed record ExpressionSpec(string Text, SourceLocation Location);
