using System.Buffers;
using System.Diagnostics;
using System.Text;
using EvidenceAppraisal.Cli.Infrastructure;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// The three line files of a run, written by one thread in input order. A checkpoint writes the appraisals
/// first, then errors, then summary rows, each file in one write of whole lines, so a killed run leaves every
/// file a prefix of what it would have held; on resume the summary is rebuilt from the appraisals.
/// </summary>
internal sealed class BatchOutput : IDisposable
{
    private readonly LineFile _appraisals;
    private readonly LineFile _errors;
    private readonly LineFile _summary;
    private readonly BatchOptions _options;
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();
    private readonly Stopwatch _sinceSync = Stopwatch.StartNew();

    public BatchOutput(BatchPaths paths, BatchOptions options)
    {
        _options = options;
        OutputFiles.EnsureFolder(paths.Folder);
        if (options.Html)
        {
            Directory.CreateDirectory(paths.HtmlFolder);
        }

        var newSummary = !File.Exists(paths.Summary) || new FileInfo(paths.Summary).Length == 0;
        _appraisals = LineFile.OpenForAppend(paths.Appraisals);
        _errors = LineFile.OpenForAppend(paths.Errors);
        _summary = LineFile.OpenForAppend(paths.Summary);
        if (newSummary)
        {
            _summary.Append(Encoding.UTF8.GetBytes(Csv.Header));
        }
    }

    public void Write(Outcome outcome)
    {
        if (outcome.Error is { } error)
        {
            _errors.Append(error.ToLine());
        }
        else
        {
            _appraisals.Append(outcome.Line.AsSpan(0, outcome.LineLength));
            _summary.Append(outcome.Summary!.ToCsvBytes());
        }

        if (outcome.Line is { } pooled)
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }

        if (_sinceFlush.Elapsed >= _options.FlushInterval || _appraisals.PendingBytes > 4 << 20)
        {
            Checkpoint();
        }
    }

    /// <summary>Appraisals, then errors, then the summary: the summary never holds a row whose appraisal is missing.</summary>
    public void Checkpoint(bool toDisk = false)
    {
        toDisk |= _sinceSync.Elapsed >= _options.SyncInterval;
        _appraisals.Flush(toDisk);
        _errors.Flush(toDisk);
        _summary.Flush(toDisk);
        _sinceFlush.Restart();
        if (toDisk)
        {
            _sinceSync.Restart();
        }
    }

    public void Dispose()
    {
        _appraisals.Dispose();
        _errors.Dispose();
        _summary.Dispose();
    }
}
