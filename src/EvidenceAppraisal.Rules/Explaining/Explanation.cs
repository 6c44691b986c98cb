using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Explaining;

/// <summary>What became of one rule on one document.</summary>
public enum RuleOutcome
{
    /// <summary>The rule fired and its flag is shown.</summary>
    Fired,

    /// <summary>The rule fired, but a rule that supersedes it hid its flag.</summary>
    Hidden,

    /// <summary>The rule did not fire, but at least its first condition held.</summary>
    PartlyMatched,

    /// <summary>Not even the first condition held.</summary>
    NotMatched,
}

/// <summary>Why one rule did or did not raise a flag on one document.</summary>
public sealed record RuleExplanation(
    RuleSpec Rule,
    RuleOutcome Outcome,
    IReadOnlyList<Flag> Flags,
    string? HiddenBy,
    IReadOnlyList<IReadOnlyList<MatchedFact>> Matches,
    IReadOnlyList<ConditionTrace> Conditions)
{
    /// <summary>The first condition that did not hold, or null when all held.</summary>
    public ConditionTrace? FailedAt => Conditions.FirstOrDefault(c => c.State == ConditionState.Failed);
}

/// <summary>One fact bound in a firing: the name the rule gave it, its alias, the sentence it quotes and its members.</summary>
public sealed record MatchedFact(string Name, string Alias, string Quote, IReadOnlyList<(string Member, string Value)> Members);

public enum ConditionState
{
    Held,
    Failed,
    NotReached,
}

/// <summary>One element of <c>when</c>, evaluated on its own: how many candidates each step left.</summary>
public sealed record ConditionTrace(string Description, SourceLocation Location, ConditionState State, IReadOnlyList<StepTrace> Steps);

/// <summary>One step of a condition: <c>Text</c> (a fact type or a conjunct as written) left <c>Passed</c> of <c>Of</c> candidates.</summary>
public sealed record StepTrace(string Text, int Passed, int Of, string? Note = null)
{
    public bool Failed => Passed == 0;
}
