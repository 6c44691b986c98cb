using System.Text.Json;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Evaluation;

/// <summary>Streams the records of a labelled corpus: a folder of <c>*.jsonl</c> files or one file.</summary>
public static class CorpusReader
{
    public static IEnumerable<CorpusRecord> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new InputException(new ReadError(path, "no such corpus file or folder"));
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                CorpusRecord record;
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    record = new CorpusRecord(
                        root.GetProperty("id").GetString() ?? $"line {lineNumber}",
                        root.GetProperty("task").GetString() ?? "",
                        root.GetProperty("text").GetString() ?? "",
                        root.GetProperty("labels").Clone(),
                        file,
                        lineNumber);
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InputException(new ReadError(file, $"not a corpus record ({ex.Message})", Line: lineNumber));
                }

                yield return record;
            }
        }
    }
}
