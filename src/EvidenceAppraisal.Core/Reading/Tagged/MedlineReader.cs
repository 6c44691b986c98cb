namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>
/// Reads MEDLINE records (PubMed's "Citation manager" export, .nbib), one or many. The abstract (AB) carries its
/// headings inline, as pasted text does; a record with a title and no abstract is read as a title-only document
/// (no sentences), which the rules report as such.
/// </summary>
public sealed class MedlineReader : TaggedRecordReader
{
    public override InputFormat Format => InputFormat.Medline;

    private protected override string NoRecords => "holds no MEDLINE record (no line starts with a tag such as 'PMID- ')";

    private protected override IEnumerable<TaggedRecord> Records(InputSource source) => TaggedRecords.Medline(source);

    private protected override string? Collect(TaggedRecord record, MetadataCollector metadata, out string? title, out string? abstractText)
    {
        metadata.SetPmid(record.First("PMID"));
        title = record.First("TI", "TT", "BTI");
        abstractText = record.First("AB");
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

        return null;
    }
}
