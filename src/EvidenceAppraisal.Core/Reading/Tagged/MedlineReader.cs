namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>
/// Reads MEDLINE records (PubMed's "Citation manager" export, .nbib), one or many. The abstract (AB) carries its
/// headings inline, as pasted text does; a record with a title and no abstract is read as a title-only document
/// (no sentences), which the rules report as such.
/// </summary>
public sealed class MedlineReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Medline;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var ordinal = 0;
        foreach (var record in TaggedRecords.Medline(source))
        {
            ordinal++;
            yield return Build(source.Name, record, ordinal, options);
        }

        if (ordinal == 0)
        {
            throw new InputException(new ReadError(source.Name, "holds no MEDLINE record (no line starts with a tag such as 'PMID- ')"));
        }
    }

    private static ReadResult Build(string sourceName, TaggedRecord record, int ordinal, ReadOptions options)
    {
        var metadata = new MetadataCollector();
        metadata.SetPmid(record.First("PMID"));
        var id = metadata.Pmid ?? $"#{ordinal}";
        if (record.Fields.Sum(f => (long)f.Value.Length) > options.MaxTextBytes)
        {
            return Failed($"is larger than the limit of {options.MaxTextBytes:N0} characters for a single abstract");
        }

        var title = record.First("TI", "TT", "BTI") ?? "";
        var abstractText = record.First("AB") ?? "";
        if (title.Length == 0 && abstractText.Length == 0)
        {
            return Failed("has no title (TI) and no abstract (AB)");
        }

        metadata.SetDoi(record.Fields.FirstOrDefault(f => f.Tag is "AID" or "LID" && f.Value.EndsWith("[doi]", StringComparison.Ordinal))?.Value);
        metadata.SetJournal(record.First("JT", "TA"));
        metadata.SetYear(record.First("DP"));
        metadata.SetLanguage(record.First("LA"));
        foreach (var author in record.All("AU"))
        {
            metadata.AddAuthor(author);
        }

        foreach (var type in record.All("PT"))
        {
            metadata.AddPublicationType(type);
        }

        foreach (var heading in record.All("MH"))
        {
            // "High-Intensity Focused Ultrasound Ablation/adverse effects/*methods": the descriptor, without qualifiers or stars.
            metadata.AddMeshHeading(heading.Split('/')[0].TrimStart('*'));
        }

        foreach (var keyword in record.All("OT"))
        {
            metadata.AddKeyword(keyword);
        }

        foreach (var secondary in record.All("SI"))
        {
            // "ClinicalTrials.gov/NCT01234567"
            var slash = secondary.IndexOf('/', StringComparison.Ordinal);
            metadata.AddAccession(slash > 0 ? secondary[..slash] : null, slash > 0 ? secondary[(slash + 1)..] : secondary);
        }

        var builder = new DocumentBuilder(sourceName, id) { Metadata = metadata.Build() };
        builder.Title(title).Body(PageFurniture.StripCopyrightTail(abstractText));
        return ReadResult.Ok(builder.Build());

        ReadResult Failed(string message) => ReadResult.Failed(new ReadError(sourceName, message, id, record.Line));
    }
}
