using System.Buffers;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Splits a byte stream into lines without decoding it, over one pooled buffer that grows to the longest
/// line (up to a limit). A line is valid until the next call: callers parse it in place, never keep it.
/// </summary>
public sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream, int maxLineBytes, int initialBytes = 1 << 16)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(initialBytes, maxLineBytes + 1));
    }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line without its end of line (<c>\n</c> or <c>\r\n</c>); false at the end of the stream.
    /// A line longer than the limit is skipped and reported by <paramref name="tooLong"/>.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = tooLong ? default : TrimCarriageReturn(_buffer.AsSpan(_start, length));
                _start += length + 1;
                LineNumber++;
                return true;
            }

            searched = _end - _start;
            if (_eof)
            {
                if (_end == _start && !tooLong)
                {
                    line = default;
                    return false;
                }

                line = tooLong ? default : TrimCarriageReturn(_buffer.AsSpan(_start, _end - _start));
                _start = _end;
                LineNumber++;
                return true;
            }

            if (searched > _maxLineBytes)
            {
                // Too long to keep: drop what we have and go on looking for its end.
                tooLong = true;
                _start = _end = 0;
                searched = 0;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }

        _end += n;
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
