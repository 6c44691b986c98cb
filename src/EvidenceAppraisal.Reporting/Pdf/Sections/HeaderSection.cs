using System.Globalization;
using EvidenceAppraisal.Reporting.Model;
using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf.Sections;

/// <summary>Branding, the title (and whether it is a translation), journal, year and links to PubMed and the DOI.</summary>
internal static class HeaderSection
{
    private const double LogoHeight = 30;

    public static void Compose(PdfSectionContext c)
    {
        var r = c.Report;
        Branding(c, r.Branding);
        // The profile's name, unless the branding already says it.
        var kicker = r.Provenance.Profile == "default" || r.Branding?.Title == r.Provenance.Profile
            ? "CRITICAL APPRAISAL OF THE ABSTRACT"
            : $"CRITICAL APPRAISAL OF THE ABSTRACT · {r.Provenance.Profile}";
        c.Canvas.Text(kicker, Typography.Kicker, after: 3);
        c.Document.Outlines.Add("Title", c.Canvas.Page, true);
        c.Canvas.Text(r.Document.Title, Typography.Title, after: 4);
        if (r.Document.TranslatedTitle)
        {
            c.Canvas.Text($"Translated title; original in {r.Document.LanguageName ?? "another language"}.", Typography.Quote, after: 3);
        }

        var meta = new List<TextRun>();
        void Add(string text, string? link = null)
        {
            if (meta.Count > 0)
            {
                meta.Add(new TextRun(" · ", Typography.Small));
            }

            meta.Add(new TextRun(text, link is null ? Typography.Small : Typography.Small.In(Typography.Link), Link: link));
        }

        if (r.Document.Journal is { } journal)
        {
            Add(journal);
        }

        if (r.Document.Year is { } year)
        {
            Add(year.ToString(CultureInfo.InvariantCulture));
        }

        if (r.Document.Pmid is { } pmid)
        {
            Add("PMID " + pmid, r.Document.PubmedUrl);
        }

        if (r.Document.Doi is { } doi)
        {
            Add("doi:" + doi, r.Document.DoiUrl);
        }

        if (meta.Count > 0)
        {
            c.Canvas.Paragraph(meta, after: 4);
        }

        c.Canvas.Space(2);
        c.Canvas.Rule(Typography.Ink, 1.2, after: 4);
    }

    private static void Branding(PdfSectionContext c, BrandingView? branding)
    {
        if (branding is null)
        {
            return;
        }

        var logo = Logo(branding.Logo);
        if (logo is null)
        {
            if (branding.Title is { } title)
            {
                c.Canvas.Text(title, Typography.Subheading.In(Typography.Accent), after: 4);
            }

            return;
        }

        using (logo)
        {
            c.Canvas.Block(LogoHeight + 6, (gfx, area) =>
            {
                var width = LogoHeight * logo.PixelWidth / Math.Max(1, logo.PixelHeight);
                gfx.DrawImage(logo, area.Left, area.Top, width, LogoHeight);
                if (branding.Title is { } title)
                {
                    var style = Typography.Subheading.In(Typography.Accent);
                    gfx.DrawString(title, style.Font, new XSolidBrush(style.Color), new XRect(area.Left + width + 8, area.Top, area.Width - width - 8, LogoHeight), XStringFormats.CenterLeft);
                }
            });
        }
    }

    /// <summary>The logo when it is a PNG or JPEG; an SVG logo shows in HTML only.</summary>
    private static XImage? Logo(string? dataUri)
    {
        const string marker = ";base64,";
        if (dataUri is null || !(dataUri.StartsWith("data:image/png", StringComparison.Ordinal) || dataUri.StartsWith("data:image/jpeg", StringComparison.Ordinal)))
        {
            return null;
        }

        var bytes = Convert.FromBase64String(dataUri[(dataUri.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..]);
        return XImage.FromStream(new MemoryStream(bytes));
    }
}
