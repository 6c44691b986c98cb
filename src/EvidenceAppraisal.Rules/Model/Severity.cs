namespace EvidenceAppraisal.Rules.Model;

/// <summary>How much a flag matters to the appraisal, least first.</summary>
public enum Severity
{
    Info,
    Minor,
    Major,
    Critical,
}
