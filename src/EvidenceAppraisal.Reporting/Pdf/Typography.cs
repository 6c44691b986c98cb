using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>Every text style of the PDF report, in one place.</summary>
internal static class Typography
{
    public static readonly XFont Title = new(EmbeddedFontResolver.Family, 16, XFontStyleEx.Bold);
    public static readonly XFont Heading = new(EmbeddedFontResolver.Family, 12.5, XFontStyleEx.Bold);
    public static readonly XFont Subheading = new(EmbeddedFontResolver.Family, 10, XFontStyleEx.Bold);
    public static readonly XFont Body = new(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Regular);
    public static readonly XFont Quote = new(EmbeddedFontResolver.Family, 9, XFontStyleEx.Italic);
    public static readonly XFont Small = new(EmbeddedFontResolver.Family, 7.5, XFontStyleEx.Regular);

    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    public static readonly XColor Muted = XColor.FromArgb(0x5A, 0x63, 0x6E);
    public static readonly XColor Critical = XColor.FromArgb(0x9B, 0x1C, 0x1C);
    public static readonly XColor Major = XColor.FromArgb(0xB4, 0x4D, 0x0E);
    public static readonly XColor Minor = XColor.FromArgb(0x1D, 0x4E, 0x89);
    public static readonly XColor Info = XColor.FromArgb(0x4B, 0x55, 0x63);

    public static XColor ForSeverity(string severity) => severity switch
    {
        "critical" => Critical,
        "major" => Major,
        "minor" => Minor,
        _ => Info,
    };
}
