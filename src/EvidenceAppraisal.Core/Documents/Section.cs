namespace EvidenceAppraisal.Documents;

/// <summary>A run of the abstract under one heading (or none, for an unstructured abstract).</summary>
/// <param name="Label">The heading as written ("OBJECTIVE"), or null when unlabelled.</param>
/// <param name="Role">The role the heading names; Unknown for an unlabelled section.</param>
public sealed record Section(string? Label, SectionRole Role, Span Span, string Text);
