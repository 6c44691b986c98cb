namespace EvidenceAppraisal.Reading;

/// <summary>Which accession numbers a record lists are trial or review registrations (not gene banks or data repositories).</summary>
internal static class TrialRegistries
{
    /// <summary>DataBankName values PubMed uses for registries.</summary>
    private static readonly string[] Banks =
    [
        "ClinicalTrials.gov", "ISRCTN", "ANZCTR", "ChiCTR", "CTRI", "DRKS", "EudraCT", "CTIS", "IRCT", "JPRN", "jRCT", "UMIN", "JapicCTI",
        "NTR", "PACTR", "ReBec", "RPCEC", "SLCTR", "TCTR", "CRIS", "PROSPERO", "LBCTR", "ITMCTR", "REPEC",
    ];

    /// <summary>Prefixes of the ids registries issue, for accessions given without a bank ("ClinicalTrials.gov/NCT..." splits into both).</summary>
    private static readonly string[] Prefixes =
    [
        "NCT", "ISRCTN", "ACTRN", "ChiCTR", "ChiMCTR", "CTRI/", "DRKS", "EudraCT", "IRCT", "JPRN", "jRCT", "UMIN", "JapicCTI", "NTR", "NL",
        "PACTR", "RBR-", "RPCEC", "SLCTR", "TCTR", "KCT", "CRD", "LBCTR", "ITMCTR", "PER-",
    ];

    public static bool IsRegistry(string? dataBank, string accession) =>
        string.IsNullOrWhiteSpace(dataBank)
            ? Prefixes.Any(p => accession.StartsWith(p, StringComparison.OrdinalIgnoreCase) && accession.Length > p.Length && accession.Any(char.IsAsciiDigit))
            : Banks.Any(b => dataBank.Trim().StartsWith(b, StringComparison.OrdinalIgnoreCase));
}
