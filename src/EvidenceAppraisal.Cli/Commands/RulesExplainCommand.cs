using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Explaining;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>
/// <c>rules explain INPUT</c>: which rules fired on an abstract and why (the facts they matched and the evidence
/// they quote), which fired but were superseded, and for rules that did not fire, condition by condition and
/// conjunct by conjunct, how far they got and what failed.
/// </summary>
internal sealed class RulesExplainCommand : Command<RulesExplainCommand.Settings>
{
    internal sealed class Settings : AppraiseSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("The abstract (any format 'report' reads); '-' reads standard input. Or use --pmid.")]
        public string? Input { get; init; }

        [CommandOption("--rule <ID>")]
        [Description("Explain only this rule, in full.")]
        public string? Rule { get; init; }

        [CommandOption("--all")]
        [Description("Trace every rule in full, also those whose first condition did not hold.")]
        public bool All { get; init; }

        public override ValidationResult Validate() => ValidateInput(Input);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (sourceName, read) = InputSources.Read(settings.Input, settings);
        var rules = AppraisalSetup.Create(settings.Profile).Rules;
        if (settings.Rule is { } only && rules.Rules.All(r => r.Id != only))
        {
            throw new UserException($"no rule '{only}' in the loaded rule set");
        }

        var results = read.ToList();
        foreach (var failed in results.Where(r => r.Error is not null))
        {
            Console.Error.WriteLine($"error: {failed.Error}");
        }

        var documents = results.Select(r => r.Document).OfType<Documents.AbstractDocument>().ToList();
        if (documents.Count == 0)
        {
            throw new UserException($"{sourceName}: no abstract could be read");
        }

        foreach (var document in documents)
        {
            var facts = FactExtraction.Default.Extract(document);
            var explanations = RuleExplainer.Explain(rules, facts).Where(e => settings.Rule is null || e.Rule.Id == settings.Rule).ToList();
            Console.WriteLine($"{document.SourceName}{(document.RecordId is null ? "" : $" [{document.RecordId}]")}: \"{document.Title}\"");
            Console.WriteLine($"  {facts.All.Count} facts: {string.Join(", ", facts.All.GroupBy(f => FactAliases.AliasOf(f.GetType()) ?? f.GetType().Name).Select(g => $"{g.Count()} {g.Key}"))}");
            Console.WriteLine($"  profile '{rules.Profile.Name}', {rules.Rules.Count} rules: " +
                string.Join(", ", Enum.GetValues<RuleOutcome>().Select(o => $"{explanations.Count(e => e.Outcome == o)} {Word(o)}")));
            foreach (var explanation in explanations.OrderBy(e => e.Outcome).ThenBy(e => e.Rule.Id, StringComparer.Ordinal))
            {
                Console.WriteLine();
                Print(explanation, full: settings.All || settings.Rule is not null);
            }

            Console.WriteLine();
        }

        return ExitCodes.Ok;
    }

    private static string Word(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Fired => "fired",
        RuleOutcome.Hidden => "fired but superseded",
        RuleOutcome.PartlyMatched => "partly matched",
        _ => "not matched",
    };

    private static void Print(RuleExplanation e, bool full)
    {
        var rule = e.Rule;
        var head = e.Outcome switch
        {
            RuleOutcome.Fired => "FIRED ",
            RuleOutcome.Hidden => "HIDDEN",
            RuleOutcome.PartlyMatched => "PARTLY",
            _ => "NO    ",
        };
        Console.WriteLine($"{head} {rule.Id} ({rule.Severity.ToString().ToLowerInvariant()}, {rule.Pack}): {rule.Title}");
        if (e.Outcome == RuleOutcome.Hidden)
        {
            Console.WriteLine($"       its flag is hidden: {e.HiddenBy} fired on the same evidence and supersedes it");
        }

        foreach (var flag in e.Flags)
        {
            Console.WriteLine($"       says:     {flag.Message}");
            foreach (var quote in flag.Evidence)
            {
                Console.WriteLine($"       evidence: \"{quote}\"");
            }
        }

        // Show the members the rule reads or says, not every member of every fact.
        var mentioned = string.Join(" ", e.Conditions.Select(c => c.Description).Append(rule.Then.Message).Append(rule.Then.Question ?? ""))
            .Split((char[])[' ', '.', '(', ')', '!', '=', '<', '>', '&', '|', '{', '}', ',', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (match, i) in e.Matches.Select((m, i) => (m, i)))
        {
            Console.WriteLine($"       match {i + 1}:");
            foreach (var fact in match)
            {
                var members = fact.Members.Where(m => mentioned.Contains(m.Member)).Select(m => $"{m.Member}={m.Value}");
                var name = fact.Name.Length == 0 ? fact.Alias : $"{fact.Alias} {fact.Name}";
                Console.WriteLine($"         {name}: {string.Join(", ", members)}{(fact.Quote.Length == 0 ? "" : $"  \"{Shorten(fact.Quote)}\"")}");
            }
        }

        if (e.Outcome == RuleOutcome.NotMatched && !full)
        {
            var failed = e.FailedAt;
            var step = failed?.Steps.FirstOrDefault(s => s.Failed);
            Console.WriteLine($"       {failed?.Description}: {(step is null ? "did not hold" : $"{step.Text}: {step.Passed} of {step.Of}")}");
            return;
        }

        if (e.Outcome is RuleOutcome.Fired or RuleOutcome.Hidden && !full)
        {
            return;
        }

        foreach (var condition in e.Conditions)
        {
            var mark = condition.State switch
            {
                ConditionState.Held => "held  ",
                ConditionState.Failed => "FAILED",
                _ => "  -   ",
            };
            Console.WriteLine($"       {mark} {condition.Description}   ({condition.Location})");
            var failing = condition.State == ConditionState.Failed ? condition.Steps.FirstOrDefault(s => s.Failed) : null;
            foreach (var step in condition.Steps)
            {
                var arrow = ReferenceEquals(step, failing) ? "  <- fails here" : "";
                Console.WriteLine($"                {step.Text}: {step.Passed} of {step.Of}{(step.Note is null ? "" : $"; {step.Note}")}{arrow}");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
