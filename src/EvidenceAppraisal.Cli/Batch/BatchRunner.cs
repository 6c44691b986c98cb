using System.Collections.Concurrent;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Reporting.Templating;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// The batch pipeline: one reader thread numbers the records in input order and hands them to
/// <see cref="BatchOptions.Jobs"/> workers (a fresh rule session per record); one writer puts the outcomes
/// back in input order (a reorder buffer) and appends them to the outputs. A window of
/// <see cref="BatchOptions.Window"/> records in flight, released as records are written, bounds memory
/// whatever the input size and however slow one record is.
/// </summary>
internal sealed class BatchRunner(AppraisalSetup setup, BatchOptions options, BatchPaths paths, BatchStatistics stats, ByteProgress bytes)
{
    public void Run(BatchInputs inputs, ResumeState resume, CancellationToken cancel)
    {
        using var window = new SemaphoreSlim(options.Window);
        using var work = new BlockingCollection<WorkItem>(options.Window);
        using var done = new BlockingCollection<Outcome>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var output = new BatchOutput(paths, options);

        // A failure in any stage stops the others; whole lines written so far stay, ready for --resume.
        Task Start(Action action) => Task.Factory.StartNew(() =>
        {
            try
            {
                action();
            }
            catch
            {
                failed.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var reader = Start(() => Produce(inputs, resume, window, work, failed.Token));
        var workers = Enumerable.Range(0, options.Jobs).Select(_ => Start(() => Work(work, done, failed.Token))).ToArray();
        var writer = Start(() => Write(output, window, done, failed.Token));
        var stages = workers.Append(reader).ToArray();
        var drained = Task.WhenAll(stages).ContinueWith(_ => done.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        try
        {
            Task.WaitAll([.. stages, drained, writer]);
        }
        catch (AggregateException ex)
        {
            output.Checkpoint(toDisk: true);
            var first = ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException);
            if (first is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            }

            throw new OperationCanceledException(cancel);
        }

        output.Checkpoint(toDisk: true);
    }

    private void Produce(BatchInputs inputs, ResumeState resume, SemaphoreSlim window, BlockingCollection<WorkItem> work, CancellationToken cancel)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long sequence = 0;
        void Hand(WorkItem item)
        {
            window.Wait(cancel);
            work.Add(item with { Sequence = sequence++ }, cancel);
        }

        bool IsNew(string key)
        {
            if (resume.Done.Contains(key))
            {
                stats.Skipped++;
                return false;
            }

            if (!seen.Add(key))
            {
                stats.Duplicates++;
                return false;
            }

            return true;
        }

        try
        {
            foreach (var file in inputs.Files)
            {
                var name = BatchInputs.NameOf(file);
                var source = new InputSource(name, () => bytes.Track(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16)));
                var ordinal = 0;
                using var records = Records(source).GetEnumerator();
                while (true)
                {
                    cancel.ThrowIfCancellationRequested();
                    ReadResult record;
                    try
                    {
                        if (!records.MoveNext())
                        {
                            break;
                        }

                        record = records.Current;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The input cannot be read on from here: one error row for it, then the next input.
                        var error = ex is InputException input ? input.Error : new ReadError(name, $"reading stopped: {ex.Message}");
                        if (IsNew(name))
                        {
                            Hand(new WorkItem(0, name, name, null, ErrorRow.FromInput(name, error)));
                        }

                        break;
                    }

                    ordinal++;
                    var key = record.Document?.RecordId ?? record.Error?.RecordId ?? $"{name}#{ordinal}";
                    if (IsNew(key))
                    {
                        Hand(new WorkItem(0, key, name, record, null));
                    }
                }

                bytes.FileDone(file.Length);
            }
        }
        finally
        {
            work.CompleteAdding();
        }
    }

    /// <summary>Lazily, so that an input that cannot even be opened or detected fails on the first record, like one that breaks later.</summary>
    private IEnumerable<ReadResult> Records(InputSource source)
    {
        foreach (var record in DocumentReaders.Default.Read(source, options.Read))
        {
            yield return record;
        }
    }

    private void Work(BlockingCollection<WorkItem> work, BlockingCollection<Outcome> done, CancellationToken cancel)
    {
        var lines = new ReportLineWriter();
        var run = new List<WorkItem>(Appraiser.RunLength);
        foreach (var item in work.GetConsumingEnumerable(cancel))
        {
            run.Add(item);
            while (run.Count < Appraiser.RunLength && work.TryTake(out var waiting))
            {
                run.Add(waiting);
            }

            foreach (var outcome in Appraise(run, lines))
            {
                done.Add(outcome, cancel);
            }

            run.Clear();
        }
    }

    private Outcome[] Appraise(List<WorkItem> run, ReportLineWriter lines)
    {
        // A fresh session per record, as `report` runs: a session kept per worker, retracting each record's facts,
        // measured no cheaper (four paired 30,000-record runs: 32.6-34.0 CPU-s either way; see RuleSession).
        var outcomes = new Outcome[run.Count];
        var documents = new List<AbstractDocument>(run.Count);
        var places = new List<int>(run.Count);
        for (var i = 0; i < run.Count; i++)
        {
            var item = run[i];
            if (item.InputError is { } inputError)
            {
                outcomes[i] = new Outcome { Sequence = item.Sequence, Key = item.Key, Error = inputError };
            }
            else if (item.Read!.Error is { } readError)
            {
                outcomes[i] = new Outcome { Sequence = item.Sequence, Key = item.Key, Error = ErrorRow.FromRead(item.Key, readError) };
            }
            else
            {
                documents.Add(item.Read.Document!);
                places.Add(i);
            }
        }

        var appraisals = setup.Appraiser.AppraiseEach(documents);
        for (var j = 0; j < places.Count; j++)
        {
            outcomes[places[j]] = Finish(run[places[j]], appraisals[j], lines);
        }

        return outcomes;
    }

    private Outcome Finish(WorkItem item, Appraisal appraisal, ReportLineWriter lines)
    {
        try
        {
            if (appraisal.Error is { } error)
            {
                if (!Recoverable(error))
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error); // as thrown, its stack kept
                }

                return Failed(item, error);
            }

            var report = appraisal.Report!;
            if (options.Html)
            {
                HtmlPages.Write(paths.HtmlFolder, item.Key, setup.Html.Render(report));
            }

            var (line, length) = lines.Write(item.Key, report);
            return new Outcome { Sequence = item.Sequence, Key = item.Key, Line = line, LineLength = length, Summary = SummaryRow.From(item.Key, report) };
        }
        catch (Exception ex) when (Recoverable(ex))
        {
            return Failed(item, ex);
        }
    }

    /// <summary>One record's failure is recorded and the run goes on; a broken template or a full disk stops the run.</summary>
    private static bool Recoverable(Exception ex) => ex is not (OperationCanceledException or TemplateException or IOException or UnauthorizedAccessException);

    private static Outcome Failed(WorkItem item, Exception ex) =>
        new() { Sequence = item.Sequence, Key = item.Key, Error = new ErrorRow(item.Key, item.Source, "appraise", $"{ex.GetType().Name}: {ex.Message}") };

    private void Write(BatchOutput output, SemaphoreSlim window, BlockingCollection<Outcome> done, CancellationToken cancel)
    {
        var waiting = new Dictionary<long, Outcome>();
        long next = 0;
        foreach (var outcome in done.GetConsumingEnumerable(cancel))
        {
            waiting.Add(outcome.Sequence, outcome);
            while (waiting.Remove(next, out var ready))
            {
                output.Write(ready);
                stats.Count(ready);
                next++;
                window.Release();
            }
        }

        if (waiting.Count > 0)
        {
            throw new InvalidOperationException($"batch: {waiting.Count} record(s) never reached their turn (next expected {next})");
        }
    }
}
