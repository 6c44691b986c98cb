namespace EvidenceAppraisal.Documents;

/// <summary>One sentence of the abstract body, located in the document text.</summary>
/// <param name="Index">Position among the body's sentences, from 0.</param>
/// <param name="SectionIndex">The section holding the sentence.</param>
/// <param name="Role">The heading's role when labelled, otherwise inferred (see Extraction/Roles).</param>
public sealed record Sentence(int Index, int SectionIndex, Span Span, string Text, SectionRole Role);
