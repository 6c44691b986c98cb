using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>rules validate [PATH...]</c>: load and compile packs or a profile and print every diagnostic.</summary>
internal sealed class RulesValidateCommand : Command<RulesValidateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Pack folders, rule files or a profile (default: the shipped packs).")]
        public string[] Paths { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = RulesPaths.Load(settings.Paths);
        var (compiled, diagnostics) = RuleSetCompiler.TryCompile(loaded);
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        Console.WriteLine(compiled is null
            ? $"{errors} error(s), {warnings} warning(s)"
            : $"{compiled.Rules.Count} rules in {compiled.Source.Packs.Count} pack(s): {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.BadRules : ExitCodes.Ok;
    }
}

/// <summary>How rule commands read their PATH arguments: nothing is the shipped packs; a profile file loads through the profile.</summary>
internal static class RulesPaths
{
    public static LoadedRules Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return RuleSetLoader.Load(ProductPaths.Rules);
        }

        if (paths.Count == 1 && File.Exists(paths[0]) && IsProfile(paths[0]))
        {
            return RuleSetLoader.Load(ProductPaths.Rules, paths[0]);
        }

        return RuleSetLoader.LoadPaths(paths);
    }

    private static bool IsProfile(string path) =>
        File.ReadLines(path).Take(50).Any(line => line.StartsWith("profile:", StringComparison.Ordinal));
}
