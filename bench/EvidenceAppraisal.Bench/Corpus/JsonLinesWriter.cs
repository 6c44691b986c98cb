using System.Text;
using System.Text.Json;

namespace EvidenceAppraisal.Bench.Corpus;

/// <summary>Writes <c>{"id", "text"}</c> JSON Lines by repeating the sample records with fresh ids.</summary>
internal static class JsonLinesWriter
{
    public static void Write(string path, IReadOnlyList<SampleRecord> samples, int count, int firstId = 30_000_001)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        for (var i = 0; i < count; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", (firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("text", samples[i % samples.Count].PlainText);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    public static byte[] Line(string id, string text) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id, text }));
}
