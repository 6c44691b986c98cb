using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>How a batch runs: workers, the in-flight window, what it writes and how often it makes its outputs safe.</summary>
internal sealed record BatchOptions
{
    public required int Jobs { get; init; }

    public ReadOptions Read { get; init; } = ReadOptions.Default;

    public bool Html { get; init; }

    /// <summary>Records read ahead of the one the writer waits for (bounds memory whatever the input size).</summary>
    public int Window => Jobs * 64;

    /// <summary>Lines reach the files at least this often (a killed run redoes at most this much work).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>And reach the disk at least this often (a crash of the machine loses at most this much).</summary>
    public TimeSpan SyncInterval { get; init; } = TimeSpan.FromSeconds(5);
}
