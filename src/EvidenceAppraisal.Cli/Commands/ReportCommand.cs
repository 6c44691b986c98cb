using System.ComponentModel;
using System.Text;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Pdf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>report INPUT|--pmid LIST --out DIR</c>: appraise an abstract and write its report as HTML, PDF, JSON (and Markdown).</summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    internal sealed class Settings : AppraiseSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("The abstract: a text file, saved page, PubMed XML, MEDLINE/nbib or RIS file; '-' reads standard input. Or use --pmid.")]
        public string? Input { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for the reports (default: out).")]
        public string Out { get; init; } = "out";

        [CommandOption("--formats <LIST>")]
        [Description("Comma-separated: html, pdf, json, md (default: html,pdf,json).")]
        public string Formats { get; init; } = "html,pdf,json";

        [CommandOption("--page-size <SIZE>")]
        [Description("PDF page size: a4 or letter (default: a4).")]
        public string PageSize { get; init; } = "a4";

        public PdfSharp.PageSize PdfPageSize => PageSize.ToLowerInvariant() == "letter" ? PdfSharp.PageSize.Letter : PdfSharp.PageSize.A4;

        public IReadOnlyList<string> FormatList => Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();

        public override ValidationResult Validate()
        {
            var unknown = FormatList.Where(f => f is not ("html" or "pdf" or "json" or "md" or "markdown")).ToList();
            if (unknown.Count > 0)
            {
                return ValidationResult.Error($"--formats: unknown format(s) {string.Join(", ", unknown)}; use html, pdf, json, md");
            }

            return PageSize.ToLowerInvariant() is "a4" or "letter" ? ValidateInput(Input) : ValidationResult.Error($"--page-size '{PageSize}' is not a4 or letter");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (sourceName, read) = InputSources.Read(settings.Input, settings);
        var results = read.ToList();
        var documents = results.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        var failures = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        if (documents.Count == 0 && failures.Count == 1)
        {
            throw new InputException(failures[0]); // one input, one reason: one line
        }

        foreach (var failed in failures)
        {
            Console.Error.WriteLine($"error: {failed}");
        }

        if (documents.Count == 0)
        {
            throw new UserException($"{sourceName}: no abstract could be read");
        }

        var setup = AppraisalSetup.Create(settings.Profile);
        var pdf = new PdfReportRenderer(settings.PdfPageSize);
        var fetched = settings.Pmids.Count > 0;
        var stem = fetched ? "pmid" : InputSources.Stem(settings.Input ?? "-");
        var files = new List<(string, byte[])>();
        foreach (var document in documents)
        {
            var report = setup.Appraiser.Appraise(document);
            var name = documents.Count == 1 && !fetched ? stem : $"{stem}-{SafeName(document.RecordId ?? files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            foreach (var format in settings.FormatList.Distinct())
            {
                files.Add(format switch
                {
                    "html" => ($"{name}.html", Encoding.UTF8.GetBytes(setup.Html.Render(report))),
                    "pdf" => ($"{name}.pdf", pdf.Render(report)),
                    "json" => ($"{name}.json", Encoding.UTF8.GetBytes(JsonReportRenderer.Render(report))),
                    _ => ($"{name}.md", Encoding.UTF8.GetBytes(setup.Markdown.Render(report))),
                });
            }

            AnsiConsole.MarkupLineInterpolated($"[bold]{document.Title}[/]: {report.Design.Name}, {report.Flags.Count} flag(s){(report.Level is null ? "" : $", level {report.Level.Level}")}");
        }

        AtomicOutput.WriteAll(settings.Out, files);
        foreach (var (file, _) in files)
        {
            Console.WriteLine(Path.Combine(settings.Out, file));
        }

        return failures.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static string SafeName(string id) => string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
