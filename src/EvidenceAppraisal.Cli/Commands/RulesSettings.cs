using System.ComponentModel;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Running;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>What every <c>rules</c> command reads: pack folders, rule files or a profile, and <c>--profile</c>.</summary>
internal class RulesSettings : CommandSettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("Pack folders, rule files or a profile (default: the shipped packs).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--profile <FILE>")]
    [Description("An institution profile applied on top (packs, disabled rules, severities, parameters, wording, local packs).")]
    public string? Profile { get; init; }

    /// <summary>Nothing is the shipped packs; one profile file loads through the profile; otherwise exactly the paths given.</summary>
    /// <param name="overrides">False: the profile only selects rules (see <see cref="RuleSetLoader.Load"/>).</param>
    public LoadedRules Load(bool overrides = true)
    {
        if (Profile is not null && !File.Exists(Profile))
        {
            throw new UserException($"{Profile}: profile not found");
        }

        if (Paths.Length == 0)
        {
            return RuleSetLoader.Load(ProductPaths.Rules, Profile, overrides);
        }

        if (Profile is null && Paths.Length == 1 && File.Exists(Paths[0]) && IsProfile(Paths[0]))
        {
            return RuleSetLoader.Load(ProductPaths.Rules, Paths[0], overrides);
        }

        return RuleSetLoader.LoadPaths(Paths, Profile, overrides);
    }

    /// <summary>Loads and compiles; a broken rule set ends the command with its diagnostics.</summary>
    public CompiledRuleSet Compile(bool overrides = true)
    {
        RuleSetCompiler.Prepare();
        return RuleSetCompiler.Compile(Load(overrides));
    }

    private static bool IsProfile(string path) =>
        File.ReadLines(path).Take(50).Any(line => line.StartsWith("profile:", StringComparison.Ordinal));
}
