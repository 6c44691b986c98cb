using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Testing;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>
/// <c>rules test [PATH...]</c>: run every rule's inline tests and print a per-rule summary; exit 1 when one fails.
/// A profile selects which rules run (its packs, disabled rules, local packs); each rule keeps its own parameters
/// and wording, because its tests were written against them.
/// </summary>
internal sealed class RulesTestCommand : Command<RulesTestCommand.Settings>
{
    internal sealed class Settings : RulesSettings
    {
        [CommandOption("--rule <ID>")]
        [Description("Only this rule's tests (the whole rule set still runs, so supersedes applies).")]
        public string? Rule { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var compiled = settings.Compile(overrides: false);
        if (settings.Rule is { } only && compiled.Rules.All(r => r.Id != only))
        {
            throw new UserException($"no rule '{only}' in the loaded rule set");
        }

        var results = RuleTestRunner.Run(compiled, FactExtraction.Default).Where(r => settings.Rule is null || r.Rule.Id == settings.Rule).ToList();
        foreach (var rule in results.GroupBy(r => r.Rule.Id))
        {
            var failed = rule.Where(r => !r.Passed).ToList();
            Console.WriteLine($"{(failed.Count == 0 ? "ok  " : "FAIL")} {rule.Key}: {rule.Count() - failed.Count}/{rule.Count()} tests pass");
            foreach (var failure in failed)
            {
                Console.WriteLine($"       {failure.Test.Location}: {failure.Detail}");
            }
        }

        var untested = compiled.Rules.Where(r => r.Tests.Count == 0 && (settings.Rule is null || r.Id == settings.Rule)).Select(r => r.Id).ToList();
        if (untested.Count > 0)
        {
            Console.WriteLine($"no tests: {string.Join(", ", untested)}");
        }

        var failedCount = results.Count(r => !r.Passed);
        Console.WriteLine($"{results.Count - failedCount} passed, {failedCount} failed");
        return failedCount > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
