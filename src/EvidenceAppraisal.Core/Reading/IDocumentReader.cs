namespace EvidenceAppraisal.Reading;

/// <summary>Turns one input of a given format into documents, streamed record by record.</summary>
public interface IDocumentReader
{
    InputFormat Format { get; }

    /// <summary>
    /// Reads the input lazily. A record that cannot be read is yielded as a failed result and reading
    /// goes on; an input that cannot be read at all throws <see cref="InputException"/>.
    /// </summary>
    IEnumerable<ReadResult> Read(InputSource source, ReadOptions options);
}
