using System.Globalization;
using System.Text;
using System.Text.Json;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// One row of <c>summary.csv</c>, made from a report or, when a run resumes, from the report's JSON line:
/// both give the same row, so a resumed summary equals an uninterrupted one.
/// </summary>
internal sealed record SummaryRow(string Id, string Title, string Design, string? Level, SeverityCounts Counts, IReadOnlyList<string> FlagIds)
{
    public const int TopFlags = 3;

    public static readonly string[] Columns = ["id", "title", "design", "level", "critical", "major", "minor", "info", "top_flags"];

    /// <summary>Flags are ordered most severe first in the report, so the first ones are the top ones.</summary>
    public static SummaryRow From(string id, AppraisalReport report) =>
        new(id, report.Document.Title, report.Design.Kind, report.Level?.Level, report.Counts, report.Flags.Select(f => f.Id).ToList());

    /// <summary>The same row from a line of <c>appraisals.jsonl</c> (camelCase names, as written).</summary>
    public static SummaryRow FromJson(JsonElement line)
    {
        var counts = line.GetProperty("counts");
        return new SummaryRow(
            line.GetProperty("id").GetString() ?? "",
            line.GetProperty("document").GetProperty("title").GetString() ?? "",
            line.GetProperty("design").GetProperty("kind").GetString() ?? "",
            line.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.Object ? level.GetProperty("level").GetString() : null,
            new SeverityCounts(counts.GetProperty("critical").GetInt32(), counts.GetProperty("major").GetInt32(), counts.GetProperty("minor").GetInt32(), counts.GetProperty("info").GetInt32()),
            line.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString() ?? "").ToList());
    }

    public IEnumerable<string> TopFlagIds => FlagIds.Distinct().Take(TopFlags);

    /// <summary>The row as one CSV record (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break).</summary>
    public string ToCsv() => Csv.Record(
    [
        Id, Title, Design, Level ?? "",
        Counts.Critical.ToString(CultureInfo.InvariantCulture), Counts.Major.ToString(CultureInfo.InvariantCulture),
        Counts.Minor.ToString(CultureInfo.InvariantCulture), Counts.Info.ToString(CultureInfo.InvariantCulture),
        string.Join(' ', TopFlagIds),
    ]);

    public byte[] ToCsvBytes() => Encoding.UTF8.GetBytes(ToCsv());
}

/// <summary>RFC 4180 records, with spreadsheet formula characters neutralised.</summary>
internal static class Csv
{
    public static string Header => Record(SummaryRow.Columns);

    public static string Record(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>
    /// Quotes a field that holds a comma, quote or line break, doubling its quotes. A field a spreadsheet would
    /// run as a formula (starting with = + - @ or a tab) gets a leading apostrophe (OWASP's advice for CSV injection).
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
