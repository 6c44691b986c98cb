using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading.Text;

/// <summary>
/// Lines of an article page that state bibliographic details rather than abstract text: identifiers
/// ("PMID: 123 PMCID: PMC4 DOI: 10.x/y"), the citation line ("N Engl J Med. 2019 Mar 14;380(11):1013-23."),
/// keywords, and the publication-type label PubMed shows above a title. Each is read into metadata and dropped.
/// </summary>
internal static partial class BibliographicLines
{
    /// <summary>PubMed's publication types as its pages label them above the title.</summary>
    private static readonly string[] PublicationTypes =
    [
        "Randomized Controlled Trial", "Clinical Trial", "Controlled Clinical Trial", "Pragmatic Clinical Trial", "Equivalence Trial",
        "Multicenter Study", "Observational Study", "Comparative Study", "Meta-Analysis", "Network Meta-Analysis", "Systematic Review",
        "Review", "Scoping Review", "Case Reports", "Clinical Trial Protocol", "Practice Guideline", "Guideline", "Editorial", "Letter",
        "Comment", "Evaluation Study", "Validation Study", "Twin Study", "Consensus Development Conference", "Clinical Study",
    ];

    /// <summary>Reads an identifier line (it starts with PMID, PMCID or a DOI); true when the line is one.</summary>
    public static bool TryReadIdentifiers(string line, MetadataCollector metadata)
    {
        if (!IdentifierLine().IsMatch(line))
        {
            return false;
        }

        var pmid = Pmid().Match(line);
        if (pmid.Success)
        {
            metadata.SetPmid(pmid.Groups["pmid"].Value);
        }

        metadata.SetDoi(line);
        return true;
    }

    /// <summary>Reads a citation line ("Journal. Year Mon Day;Vol(Issue):Pages. doi: ..."), found in a page's front matter.</summary>
    public static bool TryReadCitation(string line, MetadataCollector metadata)
    {
        var match = Citation().Match(line);
        if (!match.Success)
        {
            return false;
        }

        metadata.SetJournal(match.Groups["journal"].Value);
        metadata.SetYear(match.Groups["year"].Value);
        var doi = line.IndexOf("doi", StringComparison.OrdinalIgnoreCase);
        if (doi >= 0)
        {
            metadata.SetDoi(line[doi..]);
        }

        return true;
    }

    /// <summary>Reads "Keywords: a; b; c" into metadata.</summary>
    public static bool TryReadKeywords(string line, MetadataCollector metadata)
    {
        var match = Keywords().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var list = match.Groups["list"].Value;
        var separators = list.Contains(';') ? new[] { ';' } : list.Contains(',') ? [','] : ['·', '•', '|'];
        foreach (var keyword in list.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            metadata.AddKeyword(keyword);
        }

        return true;
    }

    /// <summary>A publication-type label on a line of its own ("Randomized Controlled Trial", "Review").</summary>
    public static bool TryReadPublicationType(string line, MetadataCollector metadata)
    {
        var label = line.TrimEnd('.').Trim();
        var known = PublicationTypes.FirstOrDefault(t => t.Equals(label, StringComparison.OrdinalIgnoreCase))
            ?? (PhasedTrial().IsMatch(label) ? label : null);
        if (known is null)
        {
            return false;
        }

        metadata.AddPublicationType(known);
        return true;
    }

    [GeneratedRegex(@"^(?:PMID|PMCID|PubMed ID|DOI\b|doi\b|https?://(?:dx\.)?doi\.org/)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdentifierLine();

    [GeneratedRegex(@"\b(?:PMID|PubMed ID)\s*:?\s*(?<pmid>\d{1,9})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pmid();

    /// <summary>
    /// "Journal. 2019 Mar 14;380(11):1013." or "JAMA. 2020;323(4):353. doi:..." or "Lancet 2020; 395: 1054": a journal, a year, then
    /// volume, pages or a DOI. A title such as "Sepsis. 2019 update." has none of those after its year.
    /// </summary>
    [GeneratedRegex(@"^(?<journal>[A-Z][\w&'’() -]{0,118}?)(?:\.\s*(?<year>(?:1[89]|20)\d{2})(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s+\d{1,2}(?:-\d{1,2})?)?)?(?:\s*;\s*\d|\s*;\s*$|:\s*\w|\.\s*(?:doi|epub)\b|\.?\s*$)|\s+(?<year>(?:1[89]|20)\d{2})\s*;\s*\d)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:key ?words?|index terms|author keywords)\s*[:\-–—]\s*(?<list>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"^Clinical Trial, Phase (?:I|II|III|IV)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhasedTrial();
}
