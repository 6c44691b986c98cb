using EvidenceAppraisal.Reading.Html;
using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Reading.Tagged;

namespace EvidenceAppraisal.Reading;

/// <summary>The readers the product knows, one per format, and the entry point that picks one.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<InputFormat, IDocumentReader> _readers;

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Format);
    }

    public static DocumentReaders Default { get; } = new([new PlainTextReader(), new HtmlPageReader(), new PubMedXmlReader(), new MedlineReader(), new RisReader(), new JsonLinesReader()]);

    public IReadOnlyCollection<InputFormat> Formats => _readers.Keys;

    /// <summary>Reads <paramref name="source"/> in the forced format, or the detected one.</summary>
    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var format = options.Format == InputFormat.Auto ? FormatDetector.Detect(source) : options.Format;
        if (!_readers.TryGetValue(format, out var reader))
        {
            throw new InputException(new ReadError(source.Name, $"looks like {format}, which this build cannot read; use --format to force another"));
        }

        return ReadLimits.Apply(source, reader.Read(source, options), options);
    }
}
