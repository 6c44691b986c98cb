using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Testing;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>rules test [PATH...]</c>: run every rule's inline tests and print a per-rule summary.</summary>
internal sealed class RulesTestCommand : Command<RulesTestCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Pack folders, rule files or a profile (default: the shipped packs).")]
        public string[] Paths { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var compiled = RuleSetCompiler.Compile(RulesPaths.Load(settings.Paths));
        var results = RuleTestRunner.Run(compiled, FactExtraction.Default);
        foreach (var rule in results.GroupBy(r => r.Rule.Id))
        {
            var failed = rule.Where(r => !r.Passed).ToList();
            Console.WriteLine($"{(failed.Count == 0 ? "ok  " : "FAIL")} {rule.Key}: {rule.Count() - failed.Count}/{rule.Count()} tests pass");
            foreach (var failure in failed)
            {
                Console.WriteLine($"       {failure.Test.Location}: {failure.Detail}");
            }
        }

        var untested = compiled.Rules.Where(r => r.Tests.Count == 0).Select(r => r.Id).ToList();
        if (untested.Count > 0)
        {
            Console.WriteLine($"no tests: {string.Join(", ", untested)}");
        }

        var failedCount = results.Count(r => !r.Passed);
        Console.WriteLine($"{results.Count - failedCount} passed, {failedCount} failed");
        return failedCount > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
