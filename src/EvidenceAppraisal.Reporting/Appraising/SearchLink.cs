using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>A PubMed search for stronger evidence (systematic reviews, randomised trials) on the abstract's question.</summary>
internal static class SearchLink
{
    private const string BetterEvidence = "(systematic[sb] OR randomized controlled trial[pt])";

    public static SearchView? For(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var term = query.Trim();
        // A query that already filters by subset or publication type is the query its author meant.
        var filtered = term.Contains("[sb]", StringComparison.OrdinalIgnoreCase) || term.Contains("[pt]", StringComparison.OrdinalIgnoreCase)
            ? term
            : $"({term}) AND {BetterEvidence}";
        return new SearchView(term, "https://pubmed.ncbi.nlm.nih.gov/?term=" + Uri.EscapeDataString(filtered));
    }
}
