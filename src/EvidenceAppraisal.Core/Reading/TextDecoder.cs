using System.Text;

namespace EvidenceAppraisal.Reading;

/// <summary>Bytes to text for text formats: strict UTF-8 (or a BOM's UTF-16), never a silent guess.</summary>
public static class TextDecoder
{
    private const int SniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        // The legacy charsets a page or an XML declaration may name (windows-1252, ...).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding an input declares by name ("windows-1252", "ISO-8859-1"), or null when this build has none by that name.</summary>
    internal static Encoding? EncodingNamed(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string ReadAll(InputSource source, long maxBytes)
    {
        var bytes = ReadBytes(source, maxBytes);
        return Decode(source.Name, bytes.Span);
    }

    /// <summary>The input's bytes, refused once they pass <paramref name="maxBytes"/> (without reading the rest).</summary>
    public static ReadOnlyMemory<byte> ReadBytes(InputSource source, long maxBytes)
    {
        using var stream = source.Open();
        var buffer = new MemoryStream(); // handed back as memory: nothing to release
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

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public static string Decode(string name, ReadOnlySpan<byte> bytes) => Decode(name, bytes, declared: null);

    /// <summary>
    /// As <see cref="Decode(string, ReadOnlySpan{byte})"/>, but text that is not valid UTF-8 is read in the encoding its
    /// markup declares (a page saying charset=windows-1252): the input names it, so it is not a guess.
    /// </summary>
    public static string Decode(string name, ReadOnlySpan<byte> bytes, Encoding? declared)
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
            CheckNotBinary(name, bytes[..Math.Min(bytes.Length, SniffBytes)]);
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new InputException(new ReadError(name, "is binary, not text (it contains NUL bytes)"));
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !System.Text.Unicode.Utf8.IsValid(bytes))
            {
                text = declared.GetString(bytes);
            }
            else
            {
                text = DecodeUtf8(name, bytes);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(new ReadError(name, "is empty (only white space)"));
        }

        return text;
    }

    private static string DecodeUtf8(string name, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = LineColumnOfByte(bytes, ex.Index);
            throw new InputException(new ReadError(name,
                "is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8 and try again", Line: line, Column: column));
        }
    }

    /// <summary>
    /// Opens a text input for reading line by line: refuses what <see cref="Decode"/> refuses, judged on the
    /// first bytes, and decodes strictly; catch <see cref="DecoderFallbackException"/> and throw
    /// <see cref="InvalidUtf8"/> to name where a later byte is wrong.
    /// </summary>
    internal static StreamReader OpenReader(InputSource source)
    {
        var head = new byte[SniffBytes];
        int n;
        using (var stream = source.Open())
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var sniffed = head.AsSpan(0, n);
        if (sniffed.IsEmpty)
        {
            throw new InputException(new ReadError(source.Name, "is empty"));
        }

        var hasUtf16Bom = sniffed.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sniffed.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasUtf16Bom)
        {
            CheckNotBinary(source.Name, sniffed);
        }

        return new StreamReader(source.Open(), StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The error for an input that failed strict decoding: rescans its bytes for the first invalid one.</summary>
    internal static InputException InvalidUtf8(InputSource source)
    {
        using var stream = source.Open();
        var (line, column) = FirstInvalidUtf8(stream);
        return new InputException(new ReadError(source.Name,
            "is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8 and try again", Line: line, Column: column));
    }

    /// <summary>NUL bytes mean binary, or UTF-16 saved without its byte-order mark: refused either way, with the reason.</summary>
    internal static void CheckNotBinary(string name, ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) < 0)
        {
            return;
        }

        if (LooksLikeUtf16WithoutBom(head))
        {
            throw new InputException(new ReadError(name, "looks like UTF-16 without a byte-order mark; save it as UTF-8 and try again"));
        }

        throw new InputException(new ReadError(name, "is binary, not text (it contains NUL bytes)"));
    }

    /// <summary>ASCII text in UTF-16 has a NUL in every other byte: mostly at odd offsets (little-endian) or even ones (big-endian).</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return false;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenNul += head[i] == 0 ? 1 : 0;
            oddNul += head[i + 1] == 0 ? 1 : 0;
        }

        return (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.1) || (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.1);
    }

    /// <summary>Line and column (in bytes) of the first byte that is not valid UTF-8, streaming.</summary>
    private static (int Line, int Column) FirstInvalidUtf8(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var chars = new char[buffer.Length];
        int carried = 0, line = 1, column = 0;
        var first = true;
        while (true)
        {
            var n = stream.Read(buffer, carried, buffer.Length - carried);
            var length = carried + n;
            var chunk = buffer.AsSpan(0, length);
            if (first && chunk.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                chunk = chunk[3..];
            }

            first = false;
            var status = System.Text.Unicode.Utf8.ToUtf16(chunk, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: n == 0);
            foreach (var b in chunk[..read])
            {
                (line, column) = b == (byte)'\n' ? (line + 1, 0) : (line, (b & 0xC0) == 0x80 ? column : column + 1);
            }

            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return (line, column + 1);
            }

            if (n == 0)
            {
                return (line, column + 1); // decoding failed earlier but not now: the input changed; point past the end
            }

            carried = chunk.Length - read;
            chunk[read..].CopyTo(buffer);
        }
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
