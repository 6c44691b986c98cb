namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>
/// Reads RIS records (TY to ER), one or many, as reference managers and journal sites export them. The abstract
/// (AB, or N2 in older exports) carries its headings inline, as pasted text does.
/// </summary>
public sealed class RisReader : TaggedRecordReader
{
    public override InputFormat Format => InputFormat.Ris;

    private protected override string NoRecords => "holds no RIS record (no line starts with 'TY  - ')";

    private protected override IEnumerable<TaggedRecord> Records(InputSource source) => TaggedRecords.Ris(source);

    private protected override string? OwnId(TaggedRecord record) => record.First("ID");

    private protected override string? Collect(TaggedRecord record, MetadataCollector metadata, out string? title, out string? abstractText)
    {
        var database = $"{record.First("DB")} {record.First("DP")}";
        if (database.Contains("MEDLINE", StringComparison.OrdinalIgnoreCase) || database.Contains("PubMed", StringComparison.OrdinalIgnoreCase))
        {
            metadata.SetPmid(record.First("AN")); // Ovid and PubMed-derived exports put the PMID in AN
        }

        title = record.First("TI", "T1", "CT");
        abstractText = record.First("AB", "N2");
        if (record.Fields[0].Tag != "TY")
        {
            return "does not start with 'TY  - '";
        }

        metadata.SetDoi(record.First("DO") ?? record.All("UR").FirstOrDefault(u => u.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)));
        metadata.SetJournal(record.First("JF", "JO", "T2", "JA", "J2"));
        metadata.SetYear(record.First("PY", "Y1", "DA"));
        metadata.SetLanguage(record.First("LA"));
        foreach (var author in record.All("AU").Concat(record.All("A1")))
        {
            metadata.AddAuthor(author);
        }

        foreach (var keyword in record.All("KW"))
        {
            metadata.AddKeyword(keyword);
        }

        return null;
    }
}
