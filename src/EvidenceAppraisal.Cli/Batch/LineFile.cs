using System.Buffers;
using EvidenceAppraisal.Cli.Infrastructure;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// An append-only file of whole lines. Lines collect in memory and reach the file only through
/// <see cref="Flush"/>, in one write of whole lines, so a killed process leaves complete lines and at most
/// loses the unflushed ones; <see cref="RepairTail"/> cuts a torn last line (a write cut short by a crash
/// of the machine or a full disk) before a run resumes.
/// </summary>
internal sealed class LineFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 20);

    private LineFile(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    public int PendingBytes => _pending.WrittenCount;

    /// <summary>Opens for appending after the last complete line (the file is created when missing).</summary>
    public static LineFile OpenForAppend(string path)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        RepairTail(stream);
        stream.Seek(0, SeekOrigin.End);
        return new LineFile(stream);
    }

    /// <summary>Cuts the file after its last newline: a torn last line is dropped, complete lines are kept.</summary>
    public static long RepairTail(FileStream stream)
    {
        var length = stream.Length;
        var buffer = new byte[64 * 1024];
        var end = length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            stream.Seek(start, SeekOrigin.Begin);
            stream.ReadExactly(buffer, 0, (int)(end - start));
            var newline = buffer.AsSpan(0, (int)(end - start)).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                end = start + newline + 1;
                break;
            }

            end = start;
        }

        if (end < length)
        {
            stream.SetLength(end);
            stream.Flush(flushToDisk: true);
        }

        return length - end;
    }

    /// <summary>Queues one line; <paramref name="line"/> must end with a newline.</summary>
    public void Append(ReadOnlySpan<byte> line) => _pending.Write(line);

    /// <summary>Writes the queued lines in one write; with <paramref name="toDisk"/>, waits until they are on disk.</summary>
    public void Flush(bool toDisk = false)
    {
        if (_pending.WrittenCount > 0)
        {
            OutputFiles.Guard(_stream.Name, () => _stream.Write(_pending.WrittenSpan));
            _pending.ResetWrittenCount();
        }

        if (toDisk)
        {
            _stream.Flush(flushToDisk: true);
        }
    }

    public void Dispose() => _stream.Dispose();
}
