namespace EvidenceAppraisal.Bench.Corpus;

/// <summary>
/// One hand-written abstract under <c>bench/data/abstracts/</c>: a small header of PubMed-style metadata,
/// a <c>---</c> line, the title, a blank line, then the abstract with its headings as "LABEL: text" lines.
/// </summary>
internal sealed record SampleRecord(
    string Name,
    string Journal,
    int Year,
    IReadOnlyList<string> PublicationTypes,
    IReadOnlyList<string> Mesh,
    IReadOnlyList<string> RegistryIds,
    string Title,
    IReadOnlyList<(string? Label, string Text)> Sections)
{
    /// <summary>The record as a user would paste it: the title, a blank line, the abstract.</summary>
    public string PlainText => Title + "\n\n" + string.Join("\n", Sections.Select(s => s.Label is null ? s.Text : $"{s.Label}: {s.Text}"));

    public static IReadOnlyList<SampleRecord> LoadAll(string? folder = null)
    {
        folder ??= Path.Combine(AppContext.BaseDirectory, "abstracts");
        var records = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Parse).ToList();
        return records.Count > 0 ? records : throw new InvalidOperationException($"no sample abstracts in {folder}");
    }

    public static SampleRecord Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        var split = Array.IndexOf(lines, "---");
        var header = lines[..split].Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var body = lines[(split + 1)..].Where(l => l.Length > 0).ToList();
        IReadOnlyList<string> List(string key) => header.TryGetValue(key, out var v) ? v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        var sections = body.Skip(1).Select(line =>
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var label = colon > 0 ? line[..colon] : null;
            return label is not null && label == label.ToUpperInvariant() ? ((string?)label, line[(colon + 2)..]) : (null, line);
        }).ToList();
        return new SampleRecord(Path.GetFileNameWithoutExtension(path), header["journal"], int.Parse(header["year"], System.Globalization.CultureInfo.InvariantCulture),
            List("types"), List("mesh"), List("registry"), body[0], sections);
    }
}
