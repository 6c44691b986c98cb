namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>The PDF's sections in report order, one small component each.</summary>
internal static class PdfSections
{
    public static readonly Action<PdfSectionContext>[] All =
    [
        HeaderSection.Compose,
        GlanceSection.Compose,
        FlagsSection.Compose,
        ClaimsSection.Compose,
        NumbersSection.Compose,
        ChecklistsSection.Compose,
        AbstractSection.Compose,
        DiscussionSection.Compose,
        ProvenanceSection.Compose,
    ];
}
