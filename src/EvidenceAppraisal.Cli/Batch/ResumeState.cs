using System.Text.Json;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// What an earlier run of the same output folder finished: the ids in <c>appraisals.jsonl</c> and
/// <c>errors.jsonl</c>. Loading repairs torn last lines and rebuilds <c>summary.csv</c> from the
/// appraisals, so the three files agree again before new lines are appended.
/// </summary>
internal sealed class ResumeState
{
    private ResumeState(HashSet<string> done, int appraised, int errors, long tornBytes)
    {
        Done = done;
        Appraised = appraised;
        Errors = errors;
        TornBytes = tornBytes;
    }

    public static ResumeState Empty { get; } = new([], 0, 0, 0);

    /// <summary>Ids already complete: appraised or recorded as errors.</summary>
    public HashSet<string> Done { get; }

    public int Appraised { get; }

    public int Errors { get; }

    /// <summary>Bytes of torn last lines cut off the outputs.</summary>
    public long TornBytes { get; }

    public static ResumeState Load(BatchPaths paths)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        long torn = 0;
        var appraised = 0;
        if (File.Exists(paths.Appraisals))
        {
            var staged = paths.Summary + ".resume.tmp";
            using (var summary = new StreamWriter(staged, append: false, new System.Text.UTF8Encoding(false)))
            {
                summary.Write(Csv.Header);
                torn += ScanLines(paths.Appraisals, (line, number) =>
                {
                    using var json = JsonDocument.Parse(line.ToArray());
                    var row = SummaryRow.FromJson(json.RootElement);
                    done.Add(row.Id);
                    summary.Write(row.ToCsv());
                    appraised++;
                });
            }

            File.Move(staged, paths.Summary, overwrite: true);
        }

        var errors = 0;
        if (File.Exists(paths.Errors))
        {
            torn += ScanLines(paths.Errors, (line, number) =>
            {
                done.Add(FirstId(line));
                errors++;
            });
        }

        return new ResumeState(done, appraised, errors, torn);
    }

    /// <summary>Cuts a torn last line, then visits every line; a malformed complete line stops the resume with its place.</summary>
    private static long ScanLines(string path, LineVisitor visit)
    {
        long torn;
        using (var repair = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read))
        {
            torn = LineFile.RepairTail(repair);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var lines = new Utf8LineReader(stream, int.MaxValue / 2);
        while (lines.TryReadLine(out var line, out _))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            try
            {
                visit(line, lines.LineNumber);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InputException(new ReadError(path, "is not a line this batch command wrote, so the run cannot resume; move the output folder aside or use --overwrite", Line: lines.LineNumber));
            }
        }

        return torn;
    }

    /// <summary>The value of the first member, which every line this command writes opens with: <c>{"id":"..."</c>.</summary>
    internal static string FirstId(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.ValueTextEquals("id"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!;
        }

        throw new FormatException("no leading \"id\"");
    }

    private delegate void LineVisitor(ReadOnlySpan<byte> line, int number);
}

/// <summary>The files of a batch output folder.</summary>
internal sealed record BatchPaths(string Folder)
{
    public string Appraisals => Path.Combine(Folder, "appraisals.jsonl");

    public string Summary => Path.Combine(Folder, "summary.csv");

    public string Errors => Path.Combine(Folder, "errors.jsonl");

    public string Index => Path.Combine(Folder, "index.html");

    public string HtmlFolder => Path.Combine(Folder, "html");

    public IEnumerable<string> Existing => new[] { Appraisals, Summary, Errors, Index }.Where(File.Exists);

    public bool HoldsARun => Existing.Any() || Directory.Exists(HtmlFolder);

    /// <summary>Removes this command's outputs (and nothing else in the folder).</summary>
    public void Clear()
    {
        foreach (var file in Existing)
        {
            File.Delete(file);
        }

        if (Directory.Exists(HtmlFolder))
        {
            Directory.Delete(HtmlFolder, recursive: true);
        }
    }
}
