using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary>
/// <c>read INPUT|--pmid LIST</c>: read an input as the report would, and show what the reader found (a line per
/// record, or the whole structure with --show), streamed record by record; the reading stage alone, for checking
/// an input and for timing the readers.
/// </summary>
internal sealed class ReadCommand : Command<ReadCommand.Settings>
{
    internal sealed class Settings : InputSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("A text file, saved page, PubMed XML (.xml or .xml.gz), MEDLINE/nbib or RIS file; '-' reads standard input. Or use --pmid.")]
        public string? Input { get; init; }

        [CommandOption("--show")]
        [Description("Print each record's title, metadata, sections and sentences.")]
        public bool Show { get; init; }

        [CommandOption("-q|--quiet")]
        [Description("Print only the summary line (records read, failed, time).")]
        public bool Quiet { get; init; }

        public override ValidationResult Validate() => ValidateInput(Input);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (name, results) = InputSources.Read(settings.Input, settings);
        int read = 0, failed = 0;
        foreach (var result in results)
        {
            if (result.Error is not null)
            {
                failed++;
                Console.Error.WriteLine($"error: {result.Error}");
                continue;
            }

            read++;
            if (!settings.Quiet)
            {
                Console.Out.Write(settings.Show ? Describe(result.Document!) : Summary(result.Document!));
            }
        }

        clock.Stop();
        if (read == 0 && failed == 0)
        {
            throw new UserException($"{name}: holds no records");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {read} record(s) read, {failed} failed, in {seconds:0.00} s ({(seconds > 0 ? read / seconds : 0):0} records/s)"));
        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static string Summary(AbstractDocument document) =>
        string.Create(CultureInfo.InvariantCulture, $"{document.RecordId ?? document.SourceName}\t{document.Sections.Count} section(s)\t{document.Sentences.Count} sentence(s)\t{document.Title}\n");

    private static string Describe(AbstractDocument document)
    {
        var m = document.Metadata;
        var lines = new List<string>
        {
            $"== {document.RecordId ?? document.SourceName}",
            $"title: {document.Title}{(document.TitleIsTranslated ? " (translated)" : "")}",
        };
        void Add(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                lines.Add($"{label}: {value}");
            }
        }

        Add("pmid", m.Pmid);
        Add("doi", m.Doi);
        Add("journal", m.Journal);
        Add("year", m.Year?.ToString(CultureInfo.InvariantCulture));
        Add("language", m.Language);
        Add("authors", string.Join("; ", m.Authors));
        Add("publication types", string.Join("; ", m.PublicationTypes));
        Add("mesh", string.Join("; ", m.MeshHeadings));
        Add("keywords", string.Join("; ", m.Keywords));
        Add("registry ids", string.Join("; ", m.RegistryIds));
        if (!document.HasAbstract)
        {
            lines.Add("(no abstract: title only)");
        }

        foreach (var (section, index) in document.Sections.Select((s, i) => (s, i)))
        {
            lines.Add($"[{section.Label ?? "unlabelled"} → {section.Role}]");
            lines.AddRange(document.Sentences.Where(s => s.SectionIndex == index).Select(s => $"  {s.Index + 1}. {s.Text}"));
        }

        return string.Join('\n', lines) + "\n\n";
    }
}
