using System.Text;
using System.Text.Json;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Reads JSON Lines of <c>{"id": ..., "text": ...}</c>, one record a line, streamed: <c>text</c> is an abstract
/// as a user pastes it (title on the first line, then the abstract) and <c>id</c> (string or number,
/// optional) names the record. Other members are ignored. A bad line is a failed record with its line
/// and column; reading goes on with the next line.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public InputFormat Format => InputFormat.JsonLines;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        using var stream = source.Open();
        using var lines = new Utf8LineReader(stream, (int)Math.Min(options.MaxTextBytes, Array.MaxLength / 2));
        var any = false;
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            if (lines.LineNumber == 1 && line.StartsWith(Bom))
            {
                line = line[Bom.Length..];
            }

            line = line.Trim(" \t"u8);
            if (line.IsEmpty && !tooLong)
            {
                continue;
            }

            any = true;
            yield return tooLong
                ? ReadResult.Failed(new ReadError(source.Name, $"line is longer than the limit of {options.MaxTextBytes:N0} bytes for a single abstract", Line: lines.LineNumber))
                : ParseLine(source.Name, line, lines.LineNumber);
        }

        if (!any)
        {
            throw new InputException(new ReadError(source.Name, "is empty (no JSON Lines records)"));
        }
    }

    /// <summary>One line to a result: the document, or why this record cannot be read.</summary>
    public static ReadResult ParseLine(string sourceName, ReadOnlySpan<byte> line, int lineNumber)
    {
        string? id = null;
        string? text = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Failed("is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        JsonTokenType.Null => null,
                        _ => throw new FormatException("\"id\" must be a string or a number"),
                    };
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new FormatException("\"text\" must be a string");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            var rest = line[(int)reader.BytesConsumed..];
            if (!rest.Trim(" \t"u8).IsEmpty)
            {
                return Failed("has more after its JSON object (one record a line)", (int)reader.BytesConsumed + 1);
            }
        }
        catch (JsonException ex)
        {
            return Failed($"is not valid JSON ({FirstSentence(ex.Message)})", (int)(ex.BytePositionInLine ?? 0) + 1);
        }
        catch (InvalidOperationException)
        {
            return Failed("is not valid UTF-8; save the file as UTF-8");
        }
        catch (FormatException ex)
        {
            return Failed(ex.Message);
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            id = null;
        }

        if (text is null)
        {
            return Failed("has no \"text\" member");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed("has an empty \"text\"");
        }

        try
        {
            return ReadResult.Ok(PlainTextReader.Parse(sourceName, text, id));
        }
        catch (InputException ex)
        {
            return Failed(ex.Error.Message);
        }

        ReadResult Failed(string message, int? column = null) =>
            ReadResult.Failed(new ReadError(sourceName, message, id, lineNumber, column));
    }

    private static string FirstSentence(string message)
    {
        var stop = message.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? message[..stop] : message).TrimEnd('.');
    }
}
