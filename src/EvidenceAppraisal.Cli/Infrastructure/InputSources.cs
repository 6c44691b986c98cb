using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Infrastructure;

/// <summary>Turns a command-line argument into an input: a file, or '-' for standard input.</summary>
internal static class InputSources
{
    public static InputSource Open(string argument)
    {
        if (argument == "-")
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
        if (argument == "-")
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
