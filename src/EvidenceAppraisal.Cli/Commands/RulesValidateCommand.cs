using System.ComponentModel;
using System.Diagnostics;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Linting;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>
/// <c>rules validate [PATH...]</c>: load, compile and check packs or a profile; print every diagnostic with the
/// offending line and a caret. Exit 3 on any error (or, with <c>--strict</c>, any warning).
/// </summary>
internal sealed class RulesValidateCommand : Command<RulesValidateCommand.Settings>
{
    internal sealed class Settings : RulesSettings
    {
        [CommandOption("--strict")]
        [Description("Treat warnings (one-sided tests, deprecated rules, unknown supersedes) as errors.")]
        public bool Strict { get; init; }

        [CommandOption("--timing")]
        [Description("Print how long loading and compiling took.")]
        public bool Timing { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        RuleSetCompiler.Prepare();
        var loaded = settings.Load();
        var loadTime = clock.Elapsed;
        var (compiled, diagnostics) = RuleSetCompiler.TryCompile(loaded);
        var compileTime = clock.Elapsed - loadTime;
        var all = diagnostics.Concat(compiled is null ? [] : RuleLinter.Check(compiled)).ToList();
        foreach (var diagnostic in all)
        {
            Console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        var errors = all.Count(d => d.IsError);
        var warnings = all.Count - errors;
        Console.WriteLine(compiled is null
            ? $"{errors} error(s), {warnings} warning(s)"
            : $"{compiled.Rules.Count} rules in {compiled.Source.Packs.Count} pack(s): {errors} error(s), {warnings} warning(s)");
        if (settings.Timing)
        {
            Console.WriteLine($"loaded in {loadTime.TotalMilliseconds:0} ms, compiled in {compileTime.TotalMilliseconds:0} ms");
        }

        return errors > 0 || settings.Strict && warnings > 0 ? ExitCodes.BadRules : ExitCodes.Ok;
    }
}
