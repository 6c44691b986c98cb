using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Json;

/// <summary>The report model as JSON: camelCase names, nulls left out, HTML-sensitive characters escaped.</summary>
public static class JsonReportRenderer
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>One line per report, for JSON Lines outputs.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    public static string Render(AppraisalReport report) => JsonSerializer.Serialize(report, Options);

    public static string RenderLine(AppraisalReport report) => JsonSerializer.Serialize(report, CompactOptions);

    /// <summary>
    /// The compact JSON of <see cref="RenderLine"/>, written by the build-time serialiser (batch writes one a record):
    /// the same bytes when <paramref name="writer"/> has <see cref="CompactOptions"/>' encoder and no indenting, since
    /// values are escaped by the writer and names are plain ASCII.
    /// </summary>
    public static void WriteCompact(Utf8JsonWriter writer, AppraisalReport report) => CompactWriter(writer, report);

    private static readonly Action<Utf8JsonWriter, AppraisalReport> CompactWriter =
        ReportJsonContext.Default.AppraisalReport.SerializeHandler ?? throw new InvalidOperationException("the report's JSON contract has no build-time serialiser");

    public static JsonElement ToElement(AppraisalReport report) => JsonSerializer.SerializeToElement(report, Options);
}
