namespace EvidenceAppraisal.Reading.Tagged;

/// <summary>
/// Reads RIS records (TY to ER), one or many, as reference managers and journal sites export them. The abstract
/// (AB, or N2 in older exports) carries its headings inline, as pasted text does.
/// </summary>
public sealed class RisReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Ris;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var ordinal = 0;
        foreach (var record in TaggedRecords.Ris(source))
        {
            ordinal++;
            yield return Build(source.Name, record, ordinal, options);
        }

        if (ordinal == 0)
        {
            throw new InputException(new ReadError(source.Name, "holds no RIS record (no line starts with 'TY  - ')"));
        }
    }

    private static ReadResult Build(string sourceName, TaggedRecord record, int ordinal, ReadOptions options)
    {
        var metadata = new MetadataCollector();
        var database = $"{record.First("DB")} {record.First("DP")}";
        if (database.Contains("MEDLINE", StringComparison.OrdinalIgnoreCase) || database.Contains("PubMed", StringComparison.OrdinalIgnoreCase))
        {
            metadata.SetPmid(record.First("AN")); // Ovid and PubMed-derived exports put the PMID in AN
        }

        var id = metadata.Pmid ?? record.First("ID") ?? $"#{ordinal}";
        if (record.Fields.Sum(f => (long)f.Value.Length) > options.MaxTextBytes)
        {
            return Failed($"is larger than the limit of {options.MaxTextBytes:N0} characters for a single abstract");
        }

        if (record.Fields[0].Tag != "TY")
        {
            return Failed("does not start with 'TY  - '");
        }

        var title = record.First("TI", "T1", "CT") ?? "";
        var abstractText = record.First("AB", "N2") ?? "";
        if (title.Length == 0 && abstractText.Length == 0)
        {
            return Failed("has no title (TI) and no abstract (AB)");
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

        var builder = new DocumentBuilder(sourceName, id) { Metadata = metadata.Build() };
        builder.Title(title).Body(PageFurniture.StripCopyrightTail(abstractText));
        return ReadResult.Ok(builder.Build());

        ReadResult Failed(string message) => ReadResult.Failed(new ReadError(sourceName, message, id, record.Line));
    }
}
