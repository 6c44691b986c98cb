using System.IO.Compression;
using System.Text;

namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>
/// What an XML input says before its root element, checked before any parser sees it: not empty or binary,
/// its declared encoding, and its DOCTYPE. The plain DOCTYPE line every PubMed file starts with is fine (the
/// parser then skips it and fetches nothing); a DOCTYPE whose internal subset declares entities is refused here,
/// so no entity (a "billion laughs" bomb, an external file) is ever expanded or fetched.
/// </summary>
internal sealed class XmlProlog
{
    /// <summary>A prolog longer than this is not a PubMed file's.</summary>
    private const int LongestProlog = 1 << 20;

    private XmlProlog(Encoding encoding, string? root)
    {
        Encoding = encoding;
        Root = root;
    }

    /// <summary>The encoding to decode with: a byte-order mark's, else the declaration's, else UTF-8.</summary>
    public Encoding Encoding { get; }

    /// <summary>The root element's name, or null when the input ends before one.</summary>
    public string? Root { get; }

    /// <summary>The input's bytes, decompressed when it is gzip (PubMed's .xml.gz baseline files).</summary>
    public static Stream OpenBytes(InputSource source)
    {
        Span<byte> magic = stackalloc byte[2];
        int n;
        using (var probe = source.Open())
        {
            n = probe.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        }

        var stream = source.Open();
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    public static XmlProlog Check(InputSource source)
    {
        var head = new byte[4096];
        int n;
        bool compressed;
        using (var stream = OpenBytes(source))
        {
            compressed = stream is GZipStream;
            n = ReadHead(source, stream, head);
        }

        if (head.AsSpan(0, n).Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InputException(new ReadError(source.Name, compressed ? "is not a valid gzip file (nothing could be decompressed)" : "is empty"));
        }

        var hasBom = head.AsSpan(0, n).StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.AsSpan(0, n).StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom)
        {
            TextDecoder.CheckNotBinary(source.Name, head.AsSpan(0, n));
        }

        using var reader = new StreamReader(OpenBytes(source), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var scan = new PrologScanner(source.Name, reader);
        var (declared, root) = scan.Run();
        reader.Peek();
        var encoding = hasBom || head.AsSpan(0, n).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? reader.CurrentEncoding : Encoding.UTF8;
        if (!hasBom && declared is not null && !declared.Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            encoding = TextDecoder.EncodingNamed(declared)
                ?? throw new InputException(new ReadError(source.Name, $"declares the encoding '{declared}', which this build cannot read; save it as UTF-8"));
        }

        return new XmlProlog(encoding, root);
    }

    private static int ReadHead(InputSource source, Stream stream, byte[] head)
    {
        try
        {
            return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            throw new InputException(new ReadError(source.Name, "is not a valid gzip file"));
        }
    }

    /// <summary>Walks the prolog character by character, counting lines and columns for messages.</summary>
    private sealed class PrologScanner(string sourceName, TextReader reader)
    {
        private int _line = 1;
        private int _column;
        private int _read;

        public (string? DeclaredEncoding, string? Root) Run()
        {
            string? declared = null;
            while (true)
            {
                var c = Next();
                if (c < 0)
                {
                    return (declared, null);
                }

                if (char.IsWhiteSpace((char)c) || c == '\uFEFF')
                {
                    continue;
                }

                if (c != '<')
                {
                    return (declared, null); // text before the root: the parser names the error
                }

                var (line, column) = (_line, _column);
                var next = Next();
                if (next == '?')
                {
                    var instruction = ReadUntil("?>");
                    if (instruction.StartsWith("xml", StringComparison.Ordinal))
                    {
                        declared = Attribute(instruction, "encoding");
                    }
                }
                else if (next == '!')
                {
                    var first = Next();
                    if (first == '-')
                    {
                        ReadUntil("-->");
                        continue;
                    }

                    var rest = (char)first + ReadUntil(">", stopAtBracket: true);
                    if (rest.StartsWith("DOCTYPE", StringComparison.Ordinal) && rest.EndsWith('['))
                    {
                        var subset = ReadUntil("]");
                        ReadUntil(">");
                        if (subset.Contains("<!ENTITY", StringComparison.Ordinal))
                        {
                            throw new InputException(new ReadError(sourceName,
                                "declares entities in its DOCTYPE; entity declarations are refused (never expanded or fetched); PubMed files have none",
                                Line: line, Column: column));
                        }
                    }
                }
                else
                {
                    var name = new StringBuilder();
                    for (var ch = next; ch >= 0 && (char.IsLetterOrDigit((char)ch) || ch is '_' or '-' or ':' or '.'); ch = Next())
                    {
                        name.Append((char)ch);
                    }

                    return (declared, name.ToString());
                }
            }
        }

        private int Next()
        {
            if (++_read > LongestProlog)
            {
                throw new InputException(new ReadError(sourceName, "has a prolog of over 1 MB before its root element; this is not a PubMed file", Line: _line, Column: _column));
            }

            var c = reader.Read();
            if (c == '\n')
            {
                _line++;
                _column = 0;
            }
            else
            {
                _column++;
            }

            return c;
        }

        /// <summary>Reads up to and including <paramref name="end"/>; returns what came before it. Optionally stops after a '['.</summary>
        private string ReadUntil(string end, bool stopAtBracket = false)
        {
            var text = new StringBuilder();
            char? quote = null;
            for (var c = Next(); c >= 0; c = Next())
            {
                var ch = (char)c;
                text.Append(ch);
                if (quote is not null)
                {
                    quote = ch == quote ? null : quote;
                    continue;
                }

                if (stopAtBracket && ch == '[')
                {
                    return text.ToString();
                }

                if (ch == end[^1] && EndsWith(text, end))
                {
                    return text.ToString(0, text.Length - end.Length);
                }

                if (end != "-->" && ch is '"' or '\'')
                {
                    quote = ch;
                }
            }

            return text.ToString();
        }

        private static bool EndsWith(StringBuilder text, string end)
        {
            if (text.Length < end.Length)
            {
                return false;
            }

            for (var i = 0; i < end.Length; i++)
            {
                if (text[text.Length - end.Length + i] != end[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Attribute(string declaration, string name)
        {
            var at = declaration.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var open = declaration.IndexOfAny(['"', '\''], at);
            if (open < 0)
            {
                return null;
            }

            var close = declaration.IndexOf(declaration[open], open + 1);
            return close < 0 ? null : declaration[(open + 1)..close];
        }
    }
}
