namespace EvidenceAppraisal.Documents;

/// <summary>The rhetorical role of a section or sentence in an abstract.</summary>
public enum SectionRole
{
    Unknown,
    Background,
    Objective,
    Methods,
    Results,
    Conclusions,
}
