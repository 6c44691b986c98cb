using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Web.RuleCatalog;

/// <summary>One rule as a person reads it: what it checks, how much it matters, why, and what to ask.</summary>
internal sealed record RuleView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Severity { get; init; }
    public required string Pack { get; init; }
    public required string Status { get; init; }
    /// <summary>The message as written; <c>{{ ... }}</c> marks what the abstract fills in.</summary>
    public required string Message { get; init; }
    public string? Why { get; init; }
    public string? Question { get; init; }
    public string? Advice { get; init; }
    public string? Level { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<string> References { get; init; }

    public static RuleView From(RuleSpec rule) => new()
    {
        Id = rule.Id,
        Title = rule.Title,
        Category = rule.Category,
        Severity = rule.Severity.ToString().ToLowerInvariant(),
        Pack = rule.Pack,
        Status = rule.Status,
        Message = rule.Then.Message,
        Why = rule.Then.Why,
        Question = rule.Then.Question,
        Advice = rule.Then.Advice,
        Level = rule.Then.Level,
        Tags = rule.Tags,
        References = rule.References,
    };

    /// <summary>True when every word of the query occurs somewhere in the rule (case-insensitive).</summary>
    public bool Matches(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return true;
        }

        var text = string.Join('\n', new[] { Id, Title, Category, Severity, Pack, Message, Why, Question, Advice }.Concat(Tags).Concat(References).OfType<string>());
        return words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
