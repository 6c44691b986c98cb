using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace EvidenceAppraisal.Hardening.Tests.Faults;

/// <summary>Batch inputs written for these tests: abstracts that differ by record, as JSON Lines and as gzipped PubMed XML.</summary>
internal static class BatchInputs
{
    private static readonly string[] Bodies =
    [
        "We randomly assigned {0} adults with asthma to a new inhaler or placebo. Exacerbations fell with the inhaler (RR 0.7{1}, 95% CI 0.55 to 0.9{1}).",
        "In a cohort of {0} teachers followed for eight years, long commutes were associated with back pain (HR 1.{1}, 95% CI 1.1 to 1.6).",
        "We report a woman aged {0} who developed a cough after starting drug {1}. The cough stopped when the drug was withdrawn.",
        "This narrative review discusses {0} studies of diet and mood. Diet may improve mood, but further studies are needed.",
        "METHODS: {0} children were enrolled in a pilot trial. RESULTS: Sleep improved by {1} minutes (p = 0.0{1}). CONCLUSIONS: Larger trials are warranted.",
    ];

    public static string Id(int i) => "h" + i.ToString("D5", CultureInfo.InvariantCulture);

    public static string Title(int i) => $"Question {i % 11} studied in record {i}";

    public static string Body(int i) => string.Format(CultureInfo.InvariantCulture, Bodies[i % Bodies.Length], 30 + i, i % 10);

    public static string JsonLines(int first, int count, IReadOnlyDictionary<int, string>? replaced = null)
    {
        var sb = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            sb.Append(replaced is not null && replaced.TryGetValue(i, out var line) ? line : JsonSerializer.Serialize(new { id = Id(i), text = Title(i) + "\n\n" + Body(i) })).Append('\n');
        }

        return sb.ToString();
    }

    public static string PubMedRecord(int i) =>
        $"<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">{900000 + i}</PMID><Article PubModel=\"Print\">"
        + $"<Journal><JournalIssue><PubDate><Year>2021</Year></PubDate></JournalIssue><Title>Journal of Tests</Title></Journal>"
        + $"<ArticleTitle>{Title(i)}.</ArticleTitle><Abstract><AbstractText>{Body(i)}</AbstractText></Abstract>"
        + "<Language>eng</Language></Article></MedlineCitation></PubmedArticle>";

    public static string PubMedSet(IEnumerable<string> records) =>
        "<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n" + string.Join("\n", records) + "\n</PubmedArticleSet>\n";

    public static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>A report line without its generation time, the one thing two runs of the same input may differ in.</summary>
    public static string WithoutTimestamp(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"generatedAt\":\"[^\"]*\"", "\"generatedAt\":\"\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));

    public static string[] Lines(string path) => File.Exists(path) ? File.ReadAllLines(path).Select(WithoutTimestamp).ToArray() : [];
}
