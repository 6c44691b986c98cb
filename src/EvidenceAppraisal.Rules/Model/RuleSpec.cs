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
    /// <summary>Ids of rules whose flags this rule hides, for the same evidence, when it fires.</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];
    public required SourceLocation Location { get; init; }
    /// <summary>The last line of the rule in its file, for <c>rules show</c>.</summary>
    public int EndLine { get; init; }
    /// <summary>Where each top-level key of the rule was written, for diagnostics about that key.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    public bool IsDeprecated => Status == RuleStatus.Deprecated;

    public SourceLocation LocationOf(string key) => KeyLocations.GetValueOrDefault(key, Location);
}

/// <summary>The values of a rule's <c>status</c>.</summary>
public static class RuleStatus
{
    public const string Experimental = "experimental";
    public const string Stable = "stable";
    public const string Deprecated = "deprecated";

    public static readonly IReadOnlyList<string> All = [Experimental, Stable, Deprecated];
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
    /// <summary>Checklist answers this rule records, e.g. <c>casp-rct-2: no</c> (answers: <see cref="ChecklistAnswers"/>).</summary>
    public IReadOnlyDictionary<string, string> Checklist { get; init; } = new Dictionary<string, string>();
    /// <summary>An evidence level assignment (e.g. OCEBM "5").</summary>
    public string? Level { get; init; }

    /// <summary>What a checklist item can be answered with.</summary>
    public static readonly IReadOnlyList<string> ChecklistAnswers = ["yes", "no", "cant-tell", "unclear", "partial", "present", "absent", "not-applicable"];
}

/// <summary>An inline test: an abstract and whether the rule should fire on it.</summary>
public sealed record RuleTestSpec(string Text, string? Title, bool ExpectFires, string? MessageContains, SourceLocation Location);

/// <summary>A named, versioned set of rules (one folder under <c>rules/</c>).</summary>
public sealed record RulePack(string Name, string Version, IReadOnlyList<RuleSpec> Rules);
