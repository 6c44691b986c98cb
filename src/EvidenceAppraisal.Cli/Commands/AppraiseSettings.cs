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

    public InputFormat InputFormat => Format?.ToLowerInvariant() switch
    {
        null or "auto" => InputFormat.Auto,
        "text" or "txt" => InputFormat.Text,
        "html" => InputFormat.Html,
        "pubmed-xml" or "xml" or "pubmed" => InputFormat.PubMedXml,
        "medline" or "nbib" => InputFormat.Medline,
        "ris" => InputFormat.Ris,
        "jsonl" or "json-lines" => InputFormat.JsonLines,
        _ => InputFormat.Auto,
    };

    public override ValidationResult Validate()
    {
        if (Format is not null && InputFormat == InputFormat.Auto && Format != "auto")
        {
            return ValidationResult.Error($"--format '{Format}' is not one of text, html, pubmed-xml, medline, ris, jsonl");
        }

        return ValidationResult.Success();
    }
}
