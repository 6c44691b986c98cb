namespace EvidenceAppraisal.Rules.Model;

/// <summary>Where something was written: file, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);

    public SourceLocation Shift(int columns) => this with { Column = Column + columns };

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
