using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Rules.Model;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>rules show ID</c>: a rule as it will run (after the profile): its settings, then its source as written.</summary>
internal sealed class RulesShowCommand : Command<RulesShowCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The rule id, e.g. EA-CLAIM-001.")]
        public string Id { get; init; } = "";

        [CommandArgument(1, "[PATH]")]
        [Description("Pack folders, rule files or a profile (default: the shipped packs).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--profile <FILE>")]
        [Description("An institution profile applied on top.")]
        public string? Profile { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = new RulesSettings { Paths = settings.Paths, Profile = settings.Profile }.Load();
        var rule = loaded.Rules.FirstOrDefault(r => r.Id == settings.Id);
        if (rule is null)
        {
            var disabled = loaded.Profile.Disabled.Contains(settings.Id) ? $" (the profile '{loaded.Profile.Name}' disables it)" : "";
            var near = loaded.Rules.Select(r => r.Id).Where(id => id.Contains(settings.Id, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
            throw new UserException($"no rule '{settings.Id}' in the loaded rule set{disabled}" + (near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : ""));
        }

        Console.WriteLine($"{rule.Id}: {rule.Title}");
        Console.WriteLine($"  pack      {rule.Pack}   ({rule.Location})");
        Console.WriteLine($"  severity  {rule.Severity.ToString().ToLowerInvariant()}{Overridden(loaded.Profile.Severities.ContainsKey(rule.Id))}");
        Console.WriteLine($"  category  {rule.Category}");
        Console.WriteLine($"  status    {rule.Status}{(rule.ReplacedBy is null ? "" : $", replaced by {rule.ReplacedBy}")}");
        Console.WriteLine($"  priority  {rule.Priority}");
        Print("tags", rule.Tags);
        Print("references", rule.References);
        Print("supersedes", rule.Supersedes);
        Print("params", rule.Params.Select(p => $"{p.Key} = {Rules.Running.ValueText.Format(p.Value)}{Overridden(loaded.Profile.Params.ContainsKey($"{rule.Id}.{p.Key}"))}").ToList());
        Print("checklist", rule.Then.Checklist.Select(c => $"{c.Key}: {c.Value}").ToList());
        if (rule.Then.Level is not null)
        {
            Console.WriteLine($"  level     {rule.Then.Level}");
        }

        Console.WriteLine($"  message   {rule.Then.Message}");
        Console.WriteLine($"  tests     {rule.Tests.Count(t => t.ExpectFires)} fires, {rule.Tests.Count(t => !t.ExpectFires)} silent");
        PrintSource(rule);
        return ExitCodes.Ok;
    }

    private static string Overridden(bool byProfile) => byProfile ? "   (set by the profile)" : "";

    private static void Print(string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            Console.WriteLine($"  {label,-9} {string.Join("; ", values)}");
        }
    }

    /// <summary>The rule as written, so a reader sees its conditions exactly.</summary>
    private static void PrintSource(RuleSpec rule)
    {
        if (!File.Exists(rule.Location.File) || rule.Location.Line <= 0)
        {
            return;
        }

        var lines = File.ReadLines(rule.Location.File).Skip(rule.Location.Line - 1).Take(Math.Max(1, rule.EndLine - rule.Location.Line + 1)).ToList();
        Console.WriteLine();
        Console.WriteLine($"  {rule.Location.File}, lines {rule.Location.Line}-{rule.Location.Line + lines.Count - 1}:");
        var indent = Math.Max(0, rule.Location.Column - 1);
        foreach (var line in lines)
        {
            Console.WriteLine("    " + (line.Length >= indent && string.IsNullOrWhiteSpace(line[..indent]) ? line[indent..] : line.TrimStart()));
        }
    }
}
