namespace EvidenceAppraisal.Reading;

/// <summary>How inputs are read: the format (or detection) and the size limit for a single text.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Largest single-abstract input, in bytes (default 50 MB).</summary>
    public long MaxTextBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most records one input may hold (default: no limit); the reading stops with an error past it.</summary>
    public long MaxRecords { get; init; } = long.MaxValue;

    /// <summary>Most sentences one abstract may have (default 5,000, a hundred times a long abstract); a record past it fails alone.</summary>
    public int MaxSentences { get; init; } = 5_000;
}
