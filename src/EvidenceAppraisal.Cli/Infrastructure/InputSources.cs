using EvidenceAppraisal.Cli.Commands;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;

namespace EvidenceAppraisal.Cli.Infrastructure;

/// <summary>Turns a command-line argument into an input: a file, or '-' for standard input; or PMIDs into fetched records.</summary>
internal static class InputSources
{
    /// <summary>Shared for the process, as HttpClient is meant to be; NCBI asks tools to name themselves.</summary>
    private static readonly Lazy<HttpClient> Http = new(() =>
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("evidence-appraisal/0.1");
        return client;
    });

    /// <summary>The records of INPUT (read in the chosen or detected format) or of --pmid (fetched or cached), lazily.</summary>
    public static (string Name, IEnumerable<ReadResult> Results) Read(string? input, InputSettings settings)
    {
        if (settings.Pmids.Count > 0)
        {
            var fetcher = new PubMedFetcher(Http.Value, settings.EutilsOptions);
            return (string.Join(",", settings.Pmids.Select(PubMedFetcher.SourceName)), fetcher.Read(settings.Pmids, settings.ReadOptions));
        }

        var source = Open(input ?? "-");
        return (source.Name, DocumentReaders.Default.Read(source, settings.ReadOptions));
    }

    /// <summary>
    /// "-" names standard input. Spectre.Console.Cli reads a lone "-" as an option without a name, so
    /// <see cref="CliApp.Run"/> passes it on as the empty string, which no file can be called.
    /// </summary>
    public static bool IsStandardInput(string argument) => argument is "-" or "";

    public static InputSource Open(string argument)
    {
        if (IsStandardInput(argument))
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            var bytes = buffer.ToArray();
            return new InputSource("stdin", () => new MemoryStream(bytes, writable: false));
        }

        return InputSource.FromFile(argument);
    }

    /// <summary>The name reports are written under: the input file's name without its extensions.</summary>
    public static string Stem(string argument)
    {
        if (IsStandardInput(argument))
        {
            return "stdin";
        }

        var name = Path.GetFileName(argument);
        foreach (var extension in new[] { ".gz", ".xml", ".txt", ".nbib", ".ris", ".html", ".htm", ".jsonl", ".json" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length > extension.Length)
            {
                name = name[..^extension.Length];
            }
        }

        return name;
    }
}
