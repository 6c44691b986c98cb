using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>An appraisal finding: which rule raised it, what it says, the sentences it rests on, and why it matters.</summary>
public sealed record Flag
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    /// <summary>The quoted sentences the flag rests on, in document order.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }
    public IReadOnlyList<Span> EvidenceSpans { get; init; } = [];
    public string? Why { get; init; }
    public string? Question { get; init; }
    public string? Advice { get; init; }
    public required string Pack { get; init; }
    /// <summary>The rule's status: experimental, stable or deprecated.</summary>
    public string Status { get; init; } = RuleStatus.Stable;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> References { get; init; } = [];
    public IReadOnlyDictionary<string, string> Checklist { get; init; } = new Dictionary<string, string>();
    public string? Level { get; init; }
}
