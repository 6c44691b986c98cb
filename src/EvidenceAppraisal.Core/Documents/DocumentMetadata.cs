namespace EvidenceAppraisal.Documents;

/// <summary>Bibliographic facts a source states outright (never inferred from the text).</summary>
public sealed record DocumentMetadata
{
    public static readonly DocumentMetadata Empty = new();

    public string? Pmid { get; init; }
    public string? Doi { get; init; }
    public string? Journal { get; init; }
    public int? Year { get; init; }
    /// <summary>ISO 639 code or name as the source gives it ("eng", "chi").</summary>
    public string? Language { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> PublicationTypes { get; init; } = [];
    public IReadOnlyList<string> MeshHeadings { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Accession numbers the record lists (e.g. ClinicalTrials.gov ids in a DataBankList).</summary>
    public IReadOnlyList<string> RegistryIds { get; init; } = [];
}
