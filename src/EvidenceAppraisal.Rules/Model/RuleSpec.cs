namespace EvidenceAppraisal.Rules.Model;

/// <summary>
/// The canonical form of one rule, between the YAML a person writes and the NRules model the engine
/// runs. Profiles rewrite it (severity, params, wording); nothing downstream sees YAML.
/// </summary>
public sealed record RuleSpec
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required Severity Severity { get; init; }
    public required string Pack { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> References { get; init; } = [];
    public IReadOnlyDictionary<string, object> Params { get; init; } = new Dictionary<string, object>();
    public required IReadOnlyList<ConditionSpec> When { get; init; }
    public required ThenSpec Then { get; init; }
    public IReadOnlyList<RuleTestSpec> Tests { get; init; } = [];
    /// <summary>experimental, stable or deprecated.</summary>
    public string Status { get; init; } = "stable";
    public string? ReplacedBy { get; init; }
    public int Priority { get; init; }
    public IReadOnlyList<string> Supersedes { get; init; } = [];
    public required SourceLocation Location { get; init; }
}

/// <summary>What a rule says when it fires.</summary>
public sealed record ThenSpec
{
    public required string Message { get; init; }
    public SourceLocation MessageLocation { get; init; }
    public string? Question { get; init; }
    public string? Advice { get; init; }
    /// <summary>Why the flag matters, for a clinician.</summary>
    public string? Why { get; init; }
    /// <summary>Names of matched patterns whose sentences are quoted; empty quotes every named pattern.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
    /// <summary>Checklist answers this rule records, e.g. <c>consort-a-1: absent</c>.</summary>
    public IReadOnlyDictionary<string, string> Checklist { get; init; } = new Dictionary<string, string>();
    /// <summary>An evidence level assignment (e.g. OCEBM "5").</summary>
    public string? Level { get; init; }
}

/// <summary>An inline test: an abstract and whether the rule should fire on it.</summary>
public sealed record RuleTestSpec(string Text, string? Title, bool ExpectFires, string? MessageContains, SourceLocation Location);

/// <summary>A named, versioned set of rules (one folder under <c>rules/</c>).</summary>
public sealed record RulePack(string Name, string Version, IReadOnlyList<RuleSpec> Rules);
