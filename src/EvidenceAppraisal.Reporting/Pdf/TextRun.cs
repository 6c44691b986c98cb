using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>A stretch of text in one style inside a paragraph; paragraphs wrap across runs.</summary>
/// <param name="Highlight">A background behind the run (an annotated sentence).</param>
/// <param name="Link">A web address the run links to.</param>
/// <param name="GoToPage">A page of this document (1-based) the run links to.</param>
/// <param name="Raised">Set above the baseline, as a footnote marker.</param>
internal sealed record TextRun(string Text, TextStyle Style, XColor? Highlight = null, string? Link = null, int? GoToPage = null, bool Raised = false);
