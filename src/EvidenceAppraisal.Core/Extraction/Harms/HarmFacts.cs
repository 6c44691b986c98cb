using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Harms;

/// <summary>
/// One mention of harm or safety in a sentence (alias <c>harm</c>): "safety" in general, adverse effects,
/// or the principal harm of the intervention's class ("bleeding" for an anticoagulant).
/// </summary>
[FactAlias("harm")]
public sealed class HarmMentionFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The words as written ("safety", "adverse events", "major bleeding").</summary>
    public required string Term { get; init; }

    /// <summary>safety, adverse-effects or principal-harm.</summary>
    public required string Kind { get; init; }

    /// <summary>The intervention the mention is about: named in the sentence, else the abstract's intervention; empty when none is known.</summary>
    public required string Intervention { get; init; }

    /// <summary>A number (count, percentage, estimate, p-value) stands in the sentence with the mention.</summary>
    public required bool IsQuantified { get; init; }

    /// <summary>The sentence states that none occurred ("no serious adverse events", "without complications").</summary>
    public required bool StatesNone { get; init; }
}

/// <summary>
/// The abstract's harms reporting as a whole (alias <c>harms</c>), one per document: whether safety or
/// adverse effects are mentioned at all, whether any mention is quantified, and for an intervention of a
/// class with a known principal harm (<see cref="PrincipalHarms"/>) whether that harm is not mentioned,
/// named only as a word, or quantified.
/// </summary>
[FactAlias("harms")]
public sealed class HarmsFact(Span span, string quote, int sentenceIndex) : Fact(span, quote, sentenceIndex)
{
    /// <summary>The intervention appraised ("heparin"); empty when none was found.</summary>
    public required string Intervention { get; init; }

    /// <summary>Its class in the principal-harm table ("anticoagulant"); empty when not in the table.</summary>
    public required string InterventionClass { get; init; }

    /// <summary>The class's principal harm ("bleeding"); empty when the class is not in the table.</summary>
    public required string PrincipalHarm { get; init; }

    /// <summary>not-applicable (no known principal harm), not-mentioned, named-only or quantified.</summary>
    public required string PrincipalHarmStatus { get; init; }

    /// <summary>Safety, adverse effects or a specific harm are mentioned somewhere.</summary>
    public required bool SafetyMentioned { get; init; }

    /// <summary>Adverse effects, side effects, toxicity or complications are mentioned (not only the word "safety").</summary>
    public required bool AdverseEffectsMentioned { get; init; }

    /// <summary>Some mention of harm has a number with it.</summary>
    public required bool IsQuantified { get; init; }

    /// <summary>The abstract states that no harm occurred.</summary>
    public required bool StatesNone { get; init; }

    /// <summary>How many sentences mention harm or safety.</summary>
    public required int Mentions { get; init; }

    /// <summary>not-mentioned, named-only or quantified, for harms in general.</summary>
    public string SafetyStatus => !SafetyMentioned ? "not-mentioned" : IsQuantified ? "quantified" : "named-only";

    public bool HasPrincipalHarm => PrincipalHarm.Length > 0;

    public bool PrincipalHarmMentioned => PrincipalHarmStatus is "named-only" or "quantified";
}
