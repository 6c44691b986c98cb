namespace EvidenceAppraisal.Extraction.Design;

/// <summary>PubMed publication types to a canonical design, strongest first (the corpus's FORMAT.md table).</summary>
internal static class PublicationTypes
{
    private static readonly (string Design, string[] Types)[] Table =
    [
        ("meta-analysis", ["Meta-Analysis", "Network Meta-Analysis"]),
        ("systematic-review", ["Systematic Review"]),
        ("randomized-controlled-trial", ["Randomized Controlled Trial"]),
        ("protocol", ["Clinical Trial Protocol"]),
        ("non-randomized-trial", ["Clinical Trial", "Controlled Clinical Trial", "Pragmatic Clinical Trial", "Equivalence Trial"]),
        ("observational-study", ["Observational Study", "Twin Study"]),
        ("case-report", ["Case Reports"]),
        ("guideline", ["Guideline", "Practice Guideline", "Consensus Development Conference"]),
        ("narrative-review", ["Scoping Review", "Review"]),
        ("editorial", ["Editorial", "Comment", "Letter", "News", "Newspaper Article"]),
    ];

    /// <summary>The design the types name, or null when none does (no types, or "Journal Article" only).</summary>
    public static string? Design(IReadOnlyList<string> types)
    {
        foreach (var (design, names) in Table)
        {
            // "Clinical Trial, Phase II" and "Randomized Controlled Trial, Veterinary" are variants of their stem;
            // "Clinical Trial Protocol" is not a clinical trial, so a stem must end the type or precede a comma.
            if (types.Any(type => names.Any(name => IsVariant(type.Trim(), name))))
            {
                return design;
            }
        }

        return null;
    }

    private static bool IsVariant(string type, string name) =>
        type.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (type.Length == name.Length || type[name.Length] == ',');
}
