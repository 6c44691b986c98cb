using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>
/// Flowing layout over PDFsharp: wraps text to the page width, starts a new page when the current one
/// is full, and numbers pages at the end. Components write through it and never place text themselves.
/// </summary>
internal sealed class PdfCanvas
{
    private const double Margin = 50;
    private const double FooterSpace = 30;
    private readonly PdfDocument _document;
    private readonly PageSize _size;
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfCanvas(PdfDocument document, PageSize size)
    {
        _document = document;
        _size = size;
        NewPage();
    }

    private double Width => _page.Width.Point - 2 * Margin;

    private double Bottom => _page.Height.Point - Margin - FooterSpace;

    public PdfPage Page => _page;

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = _size;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Space(double points) => _y += points;

    /// <summary>Keeps the next block of roughly <paramref name="points"/> together on one page.</summary>
    public void KeepTogether(double points)
    {
        if (_y + points > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Writes wrapped text; returns nothing, advances the cursor.</summary>
    public void Text(string text, XFont font, XColor color, double indent = 0, double after = 3)
    {
        var brush = new XSolidBrush(color);
        var lineHeight = font.GetHeight() * 1.2;
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var line in Wrap(paragraph, font, Width - indent))
            {
                if (_y + lineHeight > Bottom)
                {
                    NewPage();
                }

                _graphics.DrawString(line, font, brush, new XRect(Margin + indent, _y, Width - indent, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        _y += after;
    }

    /// <summary>A coloured bar at the left margin beside the next block (severity markers, quotes).</summary>
    public void Rule(XColor color, double thickness = 0.8)
    {
        _graphics.DrawLine(new XPen(color, thickness), Margin, _y, Margin + Width, _y);
        _y += 4;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_graphics.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                yield return line;
            }

            // A single word wider than the line (a URL, a long number) is cut by characters.
            line = word;
            while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && _graphics.MeasureString(line[..cut], font).Width > width)
                {
                    cut = Math.Max(1, cut * 3 / 4);
                }

                yield return line[..cut];
                line = line[cut..];
            }
        }

        if (line.Length > 0 || words.Length == 0)
        {
            yield return line;
        }
    }

    /// <summary>Footers with "page N of M" and the given note, drawn once every page exists.</summary>
    public void Finish(string footer)
    {
        _graphics.Dispose();
        var total = _document.PageCount;
        for (var i = 0; i < total; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin;
            var brush = new XSolidBrush(Typography.Muted);
            gfx.DrawString(footer, Typography.Small, brush, new XRect(Margin, y, page.Width.Point - 2 * Margin, 12), XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {total}", Typography.Small, brush, new XRect(Margin, y, page.Width.Point - 2 * Margin, 12), XStringFormats.TopRight);
        }
    }
}
