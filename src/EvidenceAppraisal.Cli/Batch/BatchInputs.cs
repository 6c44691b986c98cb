using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// The files a batch reads, in a stable order: each argument as given (a file, or a folder searched
/// recursively for files of the supported kinds, in ordinal path order), with their total size for progress.
/// </summary>
internal sealed class BatchInputs
{
    /// <summary>Extensions a folder is searched for; a file named on the command line is read whatever its name.</summary>
    public static readonly string[] FolderExtensions =
        [".xml", ".xml.gz", ".gz", ".nbib", ".medline", ".ris", ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json"];

    private BatchInputs(IReadOnlyList<FileInfo> files)
    {
        Files = files;
        TotalBytes = files.Sum(f => f.Length);
    }

    public IReadOnlyList<FileInfo> Files { get; }

    public long TotalBytes { get; }

    /// <summary>Resolves the arguments; a missing path is a user error before anything is written.</summary>
    public static BatchInputs Resolve(IReadOnlyList<string> arguments, string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder) + Path.DirectorySeparatorChar;
        var files = new List<FileInfo>();
        foreach (var argument in arguments)
        {
            if (InputSources.IsStandardInput(argument))
            {
                throw new UserException("batch reads files and folders, not standard input: save the records to a file first", ExitCodes.BadUsage);
            }

            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && HasSupportedExtension(f) && !Path.GetFullPath(f).StartsWith(output, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new FileInfo(f)));
            }
            else if (File.Exists(argument))
            {
                files.Add(new FileInfo(argument));
            }
            else
            {
                throw new InputException(new ReadError(argument, "no such file or folder"));
            }
        }

        if (files.Count == 0)
        {
            throw new UserException($"{string.Join(", ", arguments)}: no input files found (folders are searched for {string.Join(" ", FolderExtensions)})");
        }

        return new BatchInputs(files);
    }

    /// <summary>The name records of this file carry: the path as the user gave it (relative paths stay relative).</summary>
    public static string NameOf(FileInfo file) => Path.GetRelativePath(Environment.CurrentDirectory, file.FullName) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : file.FullName;

    private static bool HasSupportedExtension(string path) => FolderExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
