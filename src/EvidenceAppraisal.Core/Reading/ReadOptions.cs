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

    /// <summary>
    /// Most characters of text one abstract may have once read (default 1,000,000, a hundred times the longest abstracts):
    /// a record past it fails alone, before extraction and rendering spend time and memory on it.
    /// </summary>
    public int MaxTextChars { get; init; } = 1_000_000;

    /// <summary>Most sentences one abstract may have (default 5,000, a hundred times a long abstract); a record past it fails alone.</summary>
    public int MaxSentences { get; init; } = 5_000;
}
