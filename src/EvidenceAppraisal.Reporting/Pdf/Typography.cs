using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>A font in a colour: every piece of text in the PDF is drawn in one of the styles below.</summary>
internal sealed record TextStyle(XFont Font, XColor Color)
{
    public TextStyle In(XColor color) => this with { Color = color };
}

/// <summary>Every text style and colour of the PDF report, in one place.</summary>
internal static class Typography
{
    private const string Family = EmbeddedFontResolver.Family;

    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    public static readonly XColor Muted = XColor.FromArgb(0x57, 0x60, 0x6A);
    public static readonly XColor Line = XColor.FromArgb(0xD0, 0xD7, 0xDE);
    public static readonly XColor Shade = XColor.FromArgb(0xF6, 0xF8, 0xFA);
    public static readonly XColor Mark = XColor.FromArgb(0xFF, 0xF3, 0xBF);
    public static readonly XColor Link = XColor.FromArgb(0x1D, 0x4E, 0x89);
    public static readonly XColor Accent = XColor.FromArgb(0x1D, 0x4E, 0x89);
    public static readonly XColor Critical = XColor.FromArgb(0x9B, 0x1C, 0x1C);
    public static readonly XColor Major = XColor.FromArgb(0xA3, 0x45, 0x0B);
    public static readonly XColor Minor = XColor.FromArgb(0x1D, 0x4E, 0x89);
    public static readonly XColor Info = XColor.FromArgb(0x4B, 0x55, 0x63);

    public static readonly TextStyle Kicker = new(new XFont(Family, 7.5, XFontStyleEx.Bold), Muted);
    public static readonly TextStyle Title = new(new XFont(Family, 17, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle Heading = new(new XFont(Family, 13, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle Subheading = new(new XFont(Family, 10.5, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle Body = new(new XFont(Family, 9.5, XFontStyleEx.Regular), Ink);
    public static readonly TextStyle Strong = new(new XFont(Family, 9.5, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle Quote = new(new XFont(Family, 9, XFontStyleEx.Italic), Muted);
    public static readonly TextStyle Small = new(new XFont(Family, 7.5, XFontStyleEx.Regular), Muted);
    public static readonly TextStyle SmallStrong = new(new XFont(Family, 7.5, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle TableHeader = new(new XFont(Family, 8.5, XFontStyleEx.Bold), Ink);
    public static readonly TextStyle TableCell = new(new XFont(Family, 8.5, XFontStyleEx.Regular), Ink);
    public static readonly TextStyle Marker = new(new XFont(Family, 6.5, XFontStyleEx.Bold), Link);

    /// <summary>Severity is never shown by colour alone: each has a word and a symbol too.</summary>
    public static XColor ForSeverity(string severity) => severity switch
    {
        "critical" => Critical,
        "major" => Major,
        "minor" => Minor,
        _ => Info,
    };

    public static string SymbolFor(string severity) => severity switch
    {
        "critical" => "‼",
        "major" => "!",
        "minor" => "•",
        _ => "i",
    };
}
