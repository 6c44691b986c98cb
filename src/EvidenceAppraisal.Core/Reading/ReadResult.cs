using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading;

/// <summary>One record of an input: a document, or the reason that record could not be read.</summary>
public sealed record ReadResult
{
    private ReadResult(AbstractDocument? document, ReadError? error)
    {
        Document = document;
        Error = error;
    }

    public AbstractDocument? Document { get; }

    public ReadError? Error { get; }

    public static ReadResult Ok(AbstractDocument document) => new(document, null);

    public static ReadResult Failed(ReadError error) => new(null, error);
}
