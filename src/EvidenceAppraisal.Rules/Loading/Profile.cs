using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>An institution's choices over the shipped packs: which packs and rules, severities, parameters, wording, branding.</summary>
public sealed record Profile
{
    public static readonly Profile Default = new() { Name = "default" };

    public required string Name { get; init; }

    /// <summary>The profile file, or null for the built-in default.</summary>
    public string? Path { get; init; }

    /// <summary>Pack names to load; empty loads every shipped pack.</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>();

    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Parameter overrides keyed <c>RULE-ID.param</c>.</summary>
    public IReadOnlyDictionary<string, object> Params { get; init; } = new Dictionary<string, object>();

    /// <summary>Wording overrides keyed <c>RULE-ID</c> (message) or <c>RULE-ID.question</c>, <c>.advice</c>, <c>.why</c>, <c>.title</c>.</summary>
    public IReadOnlyDictionary<string, string> Wording { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra local rule files, resolved inside the profile's folder.</summary>
    public IReadOnlyList<string> IncludedFiles { get; init; } = [];

    public ReportBranding Report { get; init; } = new();

    /// <summary>Where each entry was written, keyed <c>section:key</c> (<c>disable:EA-LANG-001</c>, <c>params:EA-NUM-002.min</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The wording keys a profile may override: <c>RULE-ID</c> (the message) or <c>RULE-ID</c> plus one of these.</summary>
    public static readonly IReadOnlyList<string> WordingSuffixes = [".message", ".title", ".question", ".advice", ".why"];

    public SourceLocation LocationOf(string section, string key) =>
        Locations.TryGetValue($"{section}:{key}", out var at) ? at : new SourceLocation(Path is null ? "" : RuleSetLoader.Display(Path), 0, 0);
}

/// <summary>How a profile brands its reports; paths are checked to lie inside the profile's folder.</summary>
public sealed record ReportBranding
{
    public string? Title { get; init; }

    public string? LogoPath { get; init; }

    public string? TemplatesFolder { get; init; }
}
