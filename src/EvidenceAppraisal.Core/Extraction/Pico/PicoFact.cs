using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>
/// The question the abstract answers, as PICO (alias <c>pico</c>): population/condition, intervention,
/// comparator and outcomes, each as written with its span (null when not found), and a PubMed query
/// for better evidence on the same question. Rests on the intervention's mention, else on the title.
/// </summary>
[FactAlias("pico")]
public sealed class PicoFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>Who was studied ("patients with sepsis"); empty when not found.</summary>
    public required string Population { get; init; }

    public Span? PopulationSpan { get; init; }

    /// <summary>The condition ("sepsis"); empty when not found.</summary>
    public required string Condition { get; init; }

    public Span? ConditionSpan { get; init; }

    /// <summary>The intervention ("heparin"); empty when not found.</summary>
    public required string Intervention { get; init; }

    public Span? InterventionSpan { get; init; }

    /// <summary>The comparator ("placebo"); empty when not named.</summary>
    public required string Comparator { get; init; }

    public Span? ComparatorSpan { get; init; }

    /// <summary>Outcome phrases, primary first where stated.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>A PubMed query for trials and reviews of the same question; empty when neither intervention nor condition was found.</summary>
    public required string Query { get; init; }

    /// <summary>The query as a PubMed search link; empty with the query.</summary>
    public string QueryUrl => Query.Length == 0 ? "" : "https://pubmed.ncbi.nlm.nih.gov/?term=" + Uri.EscapeDataString(Query);

    public bool HasIntervention => Intervention.Length > 0;

    public bool HasComparator => Comparator.Length > 0;

    public bool HasCondition => Condition.Length > 0;
}
