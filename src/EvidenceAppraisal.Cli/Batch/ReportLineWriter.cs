using System.Buffers;
using System.Text.Json;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// Serialises reports to lines of <c>appraisals.jsonl</c>: the single report's compact JSON with one member
/// added in front, <c>"id"</c>, the record's key (so a resumed run can read ids without parsing whole lines).
/// One per worker: it reuses its buffer and its JSON writer; each line goes out in a pooled array that the
/// output writer returns.
/// </summary>
internal sealed class ReportLineWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public ReportLineWriter()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JsonReportRenderer.CompactOptions.Encoder, Indented = false });
    }

    public (byte[] Line, int Length) Write(string id, AppraisalReport report)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        JsonReportRenderer.WriteCompact(_json, report);
        _json.Flush();
        var body = _buffer.WrittenSpan; // {"source":...}
        var key = JsonEncodedText.Encode(id, JsonReportRenderer.CompactOptions.Encoder).EncodedUtf8Bytes;
        var length = "{\"id\":\""u8.Length + key.Length + "\","u8.Length + (body.Length - 1) + 1;
        var line = ArrayPool<byte>.Shared.Rent(length);
        var span = line.AsSpan();
        "{\"id\":\""u8.CopyTo(span);
        span = span["{\"id\":\""u8.Length..];
        key.CopyTo(span);
        span = span[key.Length..];
        "\","u8.CopyTo(span);
        span = span["\","u8.Length..];
        body[1..].CopyTo(span);
        span[body.Length - 1] = (byte)'\n';
        return (line, length);
    }
}
