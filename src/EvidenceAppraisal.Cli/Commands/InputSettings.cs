using System.ComponentModel;
using System.Globalization;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>Options shared by every command that reads inputs: the format, the size limit, and PMIDs to fetch instead of a file.</summary>
internal class InputSettings : CommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("Force the input format: text, html, pubmed-xml, medline, ris, jsonl (default: detect).")]
    public string? Format { get; init; }

    [CommandOption("--max-size <MB>")]
    [Description("Largest single abstract (a text or page, or one record of a multi-record file), in MB (default: 50).")]
    public double? MaxSizeMb { get; init; }

    [CommandOption("--max-records <N>")]
    [Description("Most records one input may hold; reading stops with an error past it (default: no limit).")]
    public long? MaxRecords { get; init; }

    [CommandOption("--max-chars <N>")]
    [Description("Most characters of text one abstract may have once read; a longer record fails alone (default: 1,000,000).")]
    public int? MaxChars { get; init; }

    [CommandOption("--max-sentences <N>")]
    [Description("Most sentences one abstract may have; a longer record fails alone (default: 5,000).")]
    public int? MaxSentences { get; init; }

    [CommandOption("--pmid <LIST>")]
    [Description("Fetch these PubMed records (comma-separated PMIDs) from NCBI E-utilities instead of reading INPUT; cached for later runs.")]
    public string? Pmid { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("NCBI API key for --pmid (default: $NCBI_API_KEY); allows 10 requests a second instead of 3.")]
    public string? ApiKey { get; init; }

    [CommandOption("--cache-dir <DIR>")]
    [Description("Where fetched records are cached (default: $EVIDENCE_APPRAISAL_CACHE/pubmed or ~/.cache/evidence-appraisal/pubmed).")]
    public string? CacheDir { get; init; }

    [CommandOption("--eutils-url <URL>")]
    [Description("E-utilities base address (default: $NCBI_EUTILS_URL or " + EutilsOptions.DefaultBaseAddress + ").")]
    public string? EutilsUrl { get; init; }

    public InputFormat InputFormat => InputFormatNames.TryParse(Format, out var format) ? format : InputFormat.Auto;

    public ReadOptions ReadOptions => ReadOptions.Default with
    {
        Format = InputFormat,
        MaxTextBytes = MaxSizeMb is { } mb ? (long)(mb * 1024 * 1024) : ReadOptions.Default.MaxTextBytes,
        MaxRecords = MaxRecords ?? ReadOptions.Default.MaxRecords,
        MaxSentences = MaxSentences ?? ReadOptions.Default.MaxSentences,
        MaxTextChars = MaxChars ?? ReadOptions.Default.MaxTextChars,
    };

    public IReadOnlyList<string> Pmids =>
        Pmid?.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public EutilsOptions EutilsOptions => Eutils(EutilsUrl, ApiKey, CacheDir);

    /// <summary>E-utilities options from what was given, else $NCBI_EUTILS_URL and $NCBI_API_KEY, else the defaults (also for <c>serve</c>).</summary>
    public static EutilsOptions Eutils(string? eutilsUrl, string? apiKey, string? cacheDir)
    {
        var url = eutilsUrl ?? Environment.GetEnvironmentVariable("NCBI_EUTILS_URL");
        var key = apiKey ?? Environment.GetEnvironmentVariable("NCBI_API_KEY");
        return new EutilsOptions
        {
            BaseAddress = string.IsNullOrWhiteSpace(url) ? new Uri(EutilsOptions.DefaultBaseAddress) : new Uri(url.EndsWith('/') ? url : url + "/"),
            ApiKey = string.IsNullOrWhiteSpace(key) ? null : key,
            CacheFolder = cacheDir ?? EutilsOptions.DefaultCacheFolder(),
        };
    }

    public override ValidationResult Validate() => ValidateOptions();

    /// <summary>Exactly one of an input argument and --pmid, and valid options.</summary>
    protected ValidationResult ValidateInput(string? input)
    {
        var options = ValidateOptions();
        if (!options.Successful)
        {
            return options;
        }

        if (input is null && Pmid is null)
        {
            return ValidationResult.Error("give an INPUT file (or '-' for standard input), or --pmid");
        }

        return input is not null && Pmid is not null ? ValidationResult.Error("give either an INPUT file or --pmid, not both") : options;
    }

    private ValidationResult ValidateOptions()
    {
        if (!InputFormatNames.TryParse(Format, out _))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of {InputFormatNames.Listed}");
        }

        if (MaxSizeMb is <= 0)
        {
            return ValidationResult.Error($"--max-size must be a positive number of MB, not {MaxSizeMb.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        if (MaxRecords is <= 0 || MaxSentences is <= 0 || MaxChars is <= 0)
        {
            return ValidationResult.Error("--max-records, --max-chars and --max-sentences must be positive whole numbers");
        }

        if (Pmid is not null)
        {
            if (Pmids.Count == 0)
            {
                return ValidationResult.Error("--pmid needs at least one PMID");
            }

            var bad = Pmids.FirstOrDefault(p => !PubMedFetcher.IsPmid(p));
            if (bad is not null)
            {
                return ValidationResult.Error($"--pmid: '{bad}' is not a PMID (a number of up to nine digits)");
            }
        }

        var url = EutilsUrl ?? Environment.GetEnvironmentVariable("NCBI_EUTILS_URL");
        if (!string.IsNullOrWhiteSpace(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return ValidationResult.Error($"--eutils-url '{url}' is not an http(s) address");
        }

        return ValidationResult.Success();
    }
}
