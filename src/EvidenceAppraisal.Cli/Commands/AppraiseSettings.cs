using System.ComponentModel;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>Options shared by every command that appraises.</summary>
internal class AppraiseSettings : InputSettings
{
    [CommandOption("--profile <FILE>")]
    [Description("An institution profile (packs, disabled rules, severities, parameters, branding).")]
    public string? Profile { get; init; }
}
