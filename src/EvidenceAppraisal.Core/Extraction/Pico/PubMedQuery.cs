namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>Builds a PubMed query for randomised trials and systematic reviews of an intervention in a condition.</summary>
public static class PubMedQuery
{
    public const string EvidenceFilter = "(randomized controlled trial[pt] OR systematic review[pt])";

    /// <summary><c>heparin AND sepsis AND (randomized controlled trial[pt] OR systematic review[pt])</c>; empty when both terms are.</summary>
    public static string For(string intervention, string condition)
    {
        var terms = new[] { intervention, condition }.Select(Term).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return terms.Count == 0 ? "" : string.Join(" AND ", terms.Append(EvidenceFilter));
    }

    /// <summary>A search term: a drug name alone when the phrase holds one, else the phrase; quoted when it has several words.</summary>
    private static string Term(string phrase)
    {
        var term = InterventionLexicon.DrugIn(phrase) ?? phrase;
        term = new string(term.Where(c => c is not ('"' or '[' or ']' or '(' or ')')).ToArray()).Trim();
        if (term.Length == 0)
        {
            return "";
        }

        term = term.ToLowerInvariant() == term || term.Any(char.IsDigit) || term.Count(char.IsUpper) > 1 ? term : term.ToLowerInvariant();
        return term.Contains(' ', StringComparison.Ordinal) || term.Contains('-', StringComparison.Ordinal) ? $"\"{term}\"" : term;
    }
}
