using System.Diagnostics;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// What this run did, counted by the output writer (one thread) as records are written, and read by the
/// progress display from another thread: counts are read with <see cref="Volatile"/>.
/// </summary>
internal sealed class BatchStatistics
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> _designs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _firstErrors = [];
    private int _appraised;
    private int _errors;

    public const int ErrorsShown = 10;

    public int Appraised => Volatile.Read(ref _appraised);

    public int Errors => Volatile.Read(ref _errors);

    public int Written => Appraised + Errors;

    /// <summary>Already complete in the output folder (resume).</summary>
    public int Skipped { get; set; }

    /// <summary>A key seen earlier in this run: the first occurrence wins.</summary>
    public int Duplicates { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public double RecordsPerSecond => Written / Math.Max(1e-9, _clock.Elapsed.TotalSeconds);

    public IReadOnlyDictionary<string, int> Designs => _designs;

    public IReadOnlyDictionary<string, int> Flags => _flags;

    public IReadOnlyList<string> FirstErrors => _firstErrors;

    public void Count(Outcome outcome)
    {
        if (outcome.Error is { } error)
        {
            if (_firstErrors.Count < ErrorsShown)
            {
                _firstErrors.Add(error.Display);
            }

            Volatile.Write(ref _errors, _errors + 1);
            return;
        }

        var summary = outcome.Summary!;
        _designs[summary.Design] = _designs.GetValueOrDefault(summary.Design) + 1;
        foreach (var id in summary.FlagIds.Distinct())
        {
            _flags[id] = _flags.GetValueOrDefault(id) + 1;
        }

        Volatile.Write(ref _appraised, _appraised + 1);
    }

    /// <summary>Restarts the clock when the records start flowing (after the rules are compiled).</summary>
    public void Start() => _clock.Restart();

    public void Stop() => _clock.Stop();
}
