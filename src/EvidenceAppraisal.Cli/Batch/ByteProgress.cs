namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// How far reading has got, in bytes of the input files (compressed bytes for .gz): the files finished plus
/// the position in the current one. Written by the reading thread, read by the progress display.
/// </summary>
internal sealed class ByteProgress(long totalBytes)
{
    private long _finished;
    private long _current;

    public long TotalBytes { get; } = totalBytes;

    public long ReadBytes => Math.Min(TotalBytes, Volatile.Read(ref _finished) + Volatile.Read(ref _current));

    public void FileDone(long length)
    {
        Volatile.Write(ref _finished, _finished + length);
        Volatile.Write(ref _current, 0);
    }

    public void At(long position)
    {
        if (position > _current)
        {
            Volatile.Write(ref _current, position);
        }
    }

    /// <summary>A file stream that reports its position here as it is read.</summary>
    public Stream Track(FileStream stream) => new TrackedStream(stream, this);

    private sealed class TrackedStream(FileStream inner, ByteProgress progress) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Report(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Report(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Report(int read)
        {
            progress.At(inner.Position);
            return read;
        }
    }
}
