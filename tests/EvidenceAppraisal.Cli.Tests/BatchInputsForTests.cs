using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EvidenceAppraisal.Cli.Tests;

/// <summary>Inputs for batch tests, written here: abstracts that differ by record, some long enough to finish late.</summary>
internal static class BatchInputsForTests
{
    private static readonly string[] Designs =
    [
        "We randomised {0} adults with knee pain to exercise or advice. Pain fell more with exercise (mean difference -1.2, 95% CI -1.9 to -0.5).",
        "In this cohort of {0} nurses followed for ten years, night shifts were associated with diabetes (HR 1.3, 95% CI 1.1-1.5).",
        "We describe a patient who developed a rash after starting drug number {0}. The rash resolved after the drug was stopped.",
        "This review summarises {0} studies of sleep and memory. Sleep may improve memory, although the evidence remains controversial.",
    ];

    public static string Text(int i)
    {
        var body = string.Format(CultureInfo.InvariantCulture, Designs[i % Designs.Length], 40 + i);
        if (i % 17 == 5)
        {
            // A long record: a worker spends much longer on it, so later records finish first.
            body = string.Join(" ", Enumerable.Repeat(body, 60));
        }

        return $"Record {i}: a study of question {i % 13}.\n\n{body}";
    }

    public static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text });

    /// <summary>A JSON Lines file of <paramref name="count"/> records with ids r0001...; lines at <paramref name="broken"/> are replaced by bad ones.</summary>
    public static string WriteJsonLines(string folder, string name, int count, IReadOnlyDictionary<int, string>? broken = null, int first = 0)
    {
        var path = Path.Combine(folder, name);
        var builder = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            builder.Append(broken is not null && broken.TryGetValue(i, out var bad) ? bad : Line(Id(i), Text(i))).Append('\n');
        }

        File.WriteAllText(path, builder.ToString());
        return path;
    }

    public static string Id(int i) => "r" + i.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The ids of a JSON Lines output, in file order.</summary>
    public static List<string> Ids(string jsonl) =>
        File.ReadAllLines(jsonl).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();

    /// <summary>A report line without its generation time, which is the only thing two runs may differ in.</summary>
    public static string WithoutTimestamp(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"generatedAt\":\"[^\"]*\"", "\"generatedAt\":\"\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));

    /// <summary>Records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).</summary>
    public static List<List<string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            throw new InvalidDataException($"{path}: last record does not end with CRLF");
        }

        return records;
    }
}
