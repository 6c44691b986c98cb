namespace EvidenceAppraisal.Documents;

/// <summary>A half-open character range [Start, Start + Length) into <see cref="AbstractDocument.Text"/>.</summary>
public readonly record struct Span(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => other.Start < End && Start < other.End;
}
