using System.Text;

namespace EvidenceAppraisal.Reading;

/// <summary>Bytes to text for text formats: strict UTF-8 (or a BOM's UTF-16), never a silent guess.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadAll(InputSource source, long maxBytes)
    {
        using var stream = source.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new InputException(new ReadError(source.Name, $"is larger than the limit of {maxBytes:N0} bytes for a single abstract"));
            }

            buffer.Write(chunk, 0, n);
        }

        return Decode(source.Name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputException(new ReadError(name, "is empty"));
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new InputException(new ReadError(name, "is binary, not text (it contains NUL bytes)"));
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                var (line, column) = LineColumnOfByte(bytes, ex.Index);
                throw new InputException(new ReadError(name,
                    "is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8 and try again", Line: line, Column: column));
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(new ReadError(name, "is empty (only white space)"));
        }

        return text;
    }

    private static (int Line, int Column) LineColumnOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, index - lastNewline);
    }
}
