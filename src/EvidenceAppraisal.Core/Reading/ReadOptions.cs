namespace EvidenceAppraisal.Reading;

/// <summary>How inputs are read: the format (or detection) and the size limit for a single text.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Largest single-abstract input, in bytes (default 50 MB).</summary>
    public long MaxTextBytes { get; init; } = 50L * 1024 * 1024;
}
