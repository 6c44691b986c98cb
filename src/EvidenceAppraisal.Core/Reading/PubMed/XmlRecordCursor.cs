using System.Text;
using System.Xml;
using static EvidenceAppraisal.Reading.PubMed.PubMedXmlReader;

namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>
/// Walks a PubMed XML input from one record to the next. After malformed XML an <see cref="XmlReader"/> cannot go
/// on, so <see cref="Resume"/> reopens the input, skips to where the error was found, looks for the next record's
/// start tag and parses from there inside a stand-in root, with line numbers that still point into the file.
/// </summary>
internal sealed class XmlRecordCursor : IDisposable
{
    private const string StandInRoot = "<PubmedArticleSet>";

    private static readonly string[] RecordTags = ["PubmedArticle", "PubmedBookArticle"];

    private readonly XmlReader _xml;
    private readonly InvalidByteCounter _invalidBytes;

    private XmlRecordCursor(TextReader text, InvalidByteCounter invalidBytes, int lineOffset, int positionOffset)
    {
        _invalidBytes = invalidBytes;
        _xml = XmlReader.Create(text, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            LineNumberOffset = lineOffset,
            LinePositionOffset = positionOffset,
        });
    }

    public static XmlRecordCursor Open(InputSource source, XmlProlog prolog)
    {
        var counter = new InvalidByteCounter();
        return new XmlRecordCursor(OpenText(source, prolog, counter), counter, 0, 0);
    }

    /// <summary>A cursor at the first record that starts at or after (line, column), or null when none does.</summary>
    public static XmlRecordCursor? Resume(InputSource source, XmlProlog prolog, int line, int column)
    {
        var counter = new InvalidByteCounter();
        var text = OpenText(source, prolog, counter);
        var scan = new PositionScanner(text);
        scan.SkipTo(line, column);
        if (scan.FindRecordStart(RecordTags) is not { } found)
        {
            text.Dispose();
            return null;
        }

        // The stand-in root goes on a line of its own above the record, padded so columns match the file's.
        var (prefix, lineOffset, positionOffset) = found.Line >= 2
            ? ($"{StandInRoot}\n{new string(' ', found.Column - 1)}{found.Text}", found.Line - 2, 0)
            : ($"{StandInRoot}{found.Text}", 0, Math.Max(0, found.Column - 1 - StandInRoot.Length));
        return new XmlRecordCursor(new PrefixedTextReader(prefix, text), counter, lineOffset, positionOffset);
    }

    /// <summary>Reads on to the next record: its result, the end of the input, or where the XML broke.</summary>
    public Step Next(string sourceName, int ordinal, ReadOptions options)
    {
        PubMedRecord? record = null;
        var info = (IXmlLineInfo)_xml;
        try
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName is not ("PubmedArticle" or "PubmedBookArticle"))
                {
                    continue; // the set, DeleteCitation and the like: read through
                }

                var (line, column) = (info.LineNumber, Math.Max(1, info.LinePosition - 1));
                record = new PubMedRecord(options.MaxTextBytes);
                record.ReadFrom(_xml);
                var id = record.Pmid ?? $"#{ordinal}";
                if (record.HasReplacementCharacters && _invalidBytes.Count > 0)
                {
                    return new Step(StepKind.Record, ReadResult.Failed(new ReadError(sourceName,
                        "holds bytes that are not valid UTF-8 (Latin-1 or another legacy encoding?)", id, line, column)));
                }

                var document = record.Build(sourceName, id);
                return new Step(StepKind.Record, document is null
                    ? ReadResult.Failed(new ReadError(sourceName, "has no title and no abstract", id, line, column))
                    : ReadResult.Ok(document));
            }

            return new Step(StepKind.End);
        }
        catch (XmlException ex)
        {
            return Malformed(sourceName, record, ordinal, $"is not well-formed XML: {WithoutPosition(ex.Message)}", ex.LineNumber, ex.LinePosition);
        }
        catch (PubMedStructureException ex)
        {
            return Malformed(sourceName, record, ordinal, ex.Message, ex.Line, ex.Column);
        }
        catch (PubMedRecordTooLargeException ex)
        {
            return Malformed(sourceName, record, ordinal, ex.Message, info.LineNumber, info.LinePosition);
        }
    }

    private static Step Malformed(string sourceName, PubMedRecord? record, int ordinal, string message, int line, int column)
    {
        var id = record is null ? null : record.Pmid ?? $"#{ordinal}";
        return new Step(StepKind.Malformed, ReadResult.Failed(new ReadError(sourceName, message, id, line, column)), record is not null, line, column);
    }

    private static StreamReader OpenText(InputSource source, XmlProlog prolog, InvalidByteCounter counter)
    {
        var encoding = prolog.Encoding is UTF8Encoding
            ? Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, counter)
            : prolog.Encoding;
        return new StreamReader(XmlProlog.OpenBytes(source), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>Replaces an undecodable byte with U+FFFD and counts it, so the record holding it can be reported.</summary>
    private sealed class InvalidByteCounter : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidByteCounter owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending)
                {
                    return '\0';
                }

                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }

    /// <summary>Reads text while counting lines and columns as XmlReader does (CR LF and lone CR end a line).</summary>
    private sealed class PositionScanner(TextReader text)
    {
        private int _line = 1;
        private int _column;

        public void SkipTo(int line, int column)
        {
            while ((_line < line || (_line == line && _column < column - 1)) && Next() >= 0)
            {
            }
        }

        /// <summary>Finds the next "&lt;Name" (followed by white space, '&gt;' or '/'); returns its position and the text read for it.</summary>
        public (int Line, int Column, string Text)? FindRecordStart(string[] names)
        {
            for (var c = Next(); c >= 0; c = Next())
            {
                if (c != '<')
                {
                    continue;
                }

                var (line, column) = (_line, _column);
                var read = new StringBuilder("<");
                int next;
                while ((next = Next()) >= 0 && char.IsAsciiLetter((char)next))
                {
                    read.Append((char)next);
                }

                var name = read.ToString(1, read.Length - 1);
                if (next >= 0)
                {
                    read.Append((char)next);
                }

                if (names.Contains(name) && next is ' ' or '\t' or '\r' or '\n' or '>' or '/')
                {
                    return (line, column, read.ToString());
                }
            }

            return null;
        }

        private int Next()
        {
            var c = text.Read();
            if (c == '\n' || (c == '\r' && text.Peek() != '\n'))
            {
                _line++;
                _column = 0;
            }
            else if (c >= 0 && c != '\r')
            {
                _column++;
            }

            return c;
        }
    }

    /// <summary>A reader that yields a prefix, then the rest of another reader.</summary>
    private sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < prefix.Length ? prefix[_at] : rest.Peek();

        public override int Read() => _at < prefix.Length ? prefix[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (_at < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _at);
                prefix.CopyTo(_at, buffer, index, n);
                _at += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
