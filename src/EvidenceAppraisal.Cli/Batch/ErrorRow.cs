using System.Text.Json;
using System.Text.Json.Serialization;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Json;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// One line of <c>errors.jsonl</c>: a record (or a whole input) that could not be appraised, where, and why.
/// <c>stage</c> is <c>read</c> (the record is malformed), <c>input</c> (the file could not be read on from
/// there) or <c>appraise</c> (the pipeline failed on a readable record).
/// </summary>
internal sealed record ErrorRow(
    string Id,
    string Source,
    string Stage,
    string Reason,
    int? Line = null,
    int? Column = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonReportRenderer.CompactOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The one-line message, compiler style, as printed on standard error.</summary>
    [JsonIgnore]
    public string Display => new ReadError(Source, Reason, Id == Source ? null : Id, Line, Column).ToString();

    public static ErrorRow FromRead(string key, ReadError error) => new(key, error.Source, "read", error.Message, error.Line, error.Column);

    public static ErrorRow FromInput(string source, ReadError error) => new(source, source, "input", error.Message, error.Line, error.Column);

    public byte[] ToLine()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(this, Options);
        var line = new byte[bytes.Length + 1];
        bytes.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }
}
