namespace EvidenceAppraisal.Reading;

/// <summary>The formats a user can bring. Detected from content; <c>--format</c> forces one.</summary>
public enum InputFormat
{
    Auto,
    Text,
    Html,
    PubMedXml,
    Medline,
    Ris,
    JsonLines,
}
