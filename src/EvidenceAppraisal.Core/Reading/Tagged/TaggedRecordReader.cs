namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>
/// What the tagged formats (MEDLINE, RIS) share: records read one by one, each checked for size and for a title or
/// an abstract, and built like pasted text (headings inline in the abstract). A format says how it splits records,
/// which tags hold what, and which metadata it carries.
/// </summary>
public abstract class TaggedRecordReader : IDocumentReader
{
    public abstract InputFormat Format { get; }

    /// <summary>The error when an input holds no record at all.</summary>
    private protected abstract string NoRecords { get; }

    private protected abstract IEnumerable<TaggedRecord> Records(InputSource source);

    /// <summary>Fills the metadata and says why the record cannot be read, or null when it can.</summary>
    private protected abstract string? Collect(TaggedRecord record, MetadataCollector metadata, out string? title, out string? abstractText);

    /// <summary>The record's id when it has no PMID (a format's own id field), or null.</summary>
    private protected virtual string? OwnId(TaggedRecord record) => null;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var ordinal = 0;
        foreach (var record in Records(source))
        {
            ordinal++;
            yield return Build(source.Name, record, ordinal, options);
        }

        if (ordinal == 0)
        {
            throw new InputException(new ReadError(source.Name, NoRecords));
        }
    }

    private ReadResult Build(string sourceName, TaggedRecord record, int ordinal, ReadOptions options)
    {
        var metadata = new MetadataCollector();
        var problem = Collect(record, metadata, out var title, out var abstractText);
        var id = metadata.Pmid ?? OwnId(record) ?? $"#{ordinal}";
        if (record.Fields.Sum(f => (long)f.Value.Length) > options.MaxTextBytes)
        {
            problem = $"is larger than the limit of {options.MaxTextBytes:N0} characters for a single abstract";
        }
        else if (problem is null && string.IsNullOrEmpty(title) && string.IsNullOrEmpty(abstractText))
        {
            problem = "has no title (TI) and no abstract (AB)";
        }

        if (problem is not null)
        {
            return ReadResult.Failed(new ReadError(sourceName, problem, id, record.Line));
        }

        var builder = new DocumentBuilder(sourceName, id) { Metadata = metadata.Build() };
        builder.Title(title ?? "").Body(PageFurniture.StripCopyrightTail(abstractText ?? ""));
        return ReadResult.Ok(builder.Build());
    }
}
