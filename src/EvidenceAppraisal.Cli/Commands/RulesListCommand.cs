using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>rules list [PATH...] [--tag TAG]</c>: one line per rule: id, severity, pack, status, title (after the profile, if any).</summary>
internal sealed class RulesListCommand : Command<RulesListCommand.Settings>
{
    internal sealed class Settings : RulesSettings
    {
        [CommandOption("--tag <TAG>")]
        [Description("Only rules with this tag (e.g. spin, consort-a-13); repeat for any of several.")]
        public string[] Tags { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = settings.Load();
        if (loaded.HasErrors)
        {
            throw new Rules.Diagnostics.RuleSetException(loaded.Diagnostics);
        }

        var rules = loaded.Rules
            .Where(r => settings.Tags.Length == 0 || r.Tags.Any(t => settings.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var rows = rules.Select(r => new[] { r.Id, r.Severity.ToString().ToLowerInvariant(), r.Pack, r.Status, r.Title }).ToList();
        var header = new[] { "ID", "SEVERITY", "PACK", "STATUS", "TITLE" };
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToList();
        string Line(string[] cells) => string.Join("  ", cells.Take(widths.Count).Select((c, i) => c.PadRight(widths[i]))) + "  " + cells[^1];
        Console.WriteLine(Line(header));
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row));
        }

        Console.WriteLine($"{rules.Count} rule(s)" + (settings.Tags.Length > 0 ? $" tagged {string.Join(" or ", settings.Tags)}" : "") + (loaded.Profile.Path is null ? "" : $" under profile '{loaded.Profile.Name}'"));
        return rules.Count == 0 && settings.Tags.Length > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
