namespace EvidenceAppraisal.Cli.Infrastructure;

/// <summary>
/// Writes a set of files all or nothing: each goes to a temporary file in the target folder first, and
/// only when every one is written are they renamed into place. A failure leaves no partial output.
/// </summary>
internal static class AtomicOutput
{
    public static void WriteAll(string folder, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        OutputFiles.EnsureFolder(folder);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (name, content) in files)
            {
                var final = Path.Combine(folder, name);
                var temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temp, final)); // before writing: a write that fails half way is removed too
                OutputFiles.Guard(temp, () =>
                {
                    using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    stream.Write(content);
                    stream.Flush(flushToDisk: true);
                });
            }

            foreach (var (temp, final) in staged)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
