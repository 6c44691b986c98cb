using System.ComponentModel;
using EvidenceAppraisal.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>Options shared by every command that appraises.</summary>
internal class AppraiseSettings : CommandSettings
{
    [CommandOption("--profile <FILE>")]
    [Description("An institution profile (packs, disabled rules, severities, parameters, branding).")]
    public string? Profile { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Force the input format: text, html, pubmed-xml, medline, ris, jsonl (default: detect).")]
    public string? Format { get; init; }

    public InputFormat InputFormat => InputFormatNames.TryParse(Format, out var format) ? format : InputFormat.Auto;

    public override ValidationResult Validate()
    {
        if (!InputFormatNames.TryParse(Format, out _))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of {InputFormatNames.Listed}");
        }

        return ValidationResult.Success();
    }
}
