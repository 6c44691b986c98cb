using UglyToad.PdfPig;

namespace EvidenceAppraisal.Web.Tests.Support;

/// <summary>A PDF's words, in reading order, joined by single spaces (page text alone runs words together).</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
