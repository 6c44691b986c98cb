using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>
/// Flowing layout over PDFsharp: wraps runs of styled text to the page width, starts a new page when the
/// current one is full, and draws running headers and footers with page numbers at the end. Components
/// write through it and never place text themselves.
/// </summary>
internal sealed class PdfCanvas
{
    private const double Margin = 50;
    private const double HeaderSpace = 16;
    private const double FooterSpace = 22;
    private const double LineSpacing = 1.25;
    private readonly PdfDocument _document;
    private readonly PageSize _size;
    // Word widths by font: a report measures the same words many times (repeated quotes, tables laid out twice).
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;

    private readonly int _maxPages;

    public PdfCanvas(PdfDocument document, PageSize size, int maxPages = int.MaxValue)
    {
        _document = document;
        _size = size;
        _maxPages = maxPages;
        NewPage();
    }

    public double Left => Margin;

    public double Width => _page.Width.Point - 2 * Margin;

    public double Y { get; private set; }

    public PdfPage Page => _page;

    /// <summary>The current page's number, from 1.</summary>
    public int PageNumber => _document.PageCount;

    /// <summary>Where content starts on a page: the cursor is here right after a page break.</summary>
    public double PageTop => Margin + HeaderSpace;

    private double Top => PageTop;

    private double Bottom => _page.Height.Point - Margin - FooterSpace;

    /// <summary>The height a page offers to content.</summary>
    public double PageBody => Bottom - Top;

    /// <summary>The height left on the current page.</summary>
    public double Remaining => Bottom - Y;

    public void NewPage()
    {
        if (_document.PageCount >= _maxPages)
        {
            throw new ReportTooLargeException($"the PDF report would exceed {_maxPages:N0} pages, the limit for one report ({ReportLimits.MaxPdfPagesVariable} raises it)");
        }

        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = _size;
        _graphics = XGraphics.FromPdfPage(_page);
        Y = Top;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    /// <summary>Starts a new page unless roughly <paramref name="points"/> still fit on this one.</summary>
    public void KeepTogether(double points)
    {
        if (Y + Math.Min(points, PageBody) > Bottom)
        {
            NewPage();
        }
    }

    public void Text(string text, TextStyle style, double indent = 0, double after = 3) => Paragraph([new TextRun(text, style)], indent, after);

    /// <summary>Wraps the runs to the width left after <paramref name="indent"/> and draws them, breaking pages between lines.</summary>
    public void Paragraph(IReadOnlyList<TextRun> runs, double indent = 0, double after = 3)
    {
        foreach (var line in Layout(runs, Width - indent))
        {
            if (Y + line.Height > Bottom)
            {
                NewPage();
            }

            Draw(line, Left + indent, Y);
            Y += line.Height;
        }

        Y += after;
    }

    /// <summary>A paragraph with a hanging marker (a bullet or a number): wrapped lines align with the text, not the marker.</summary>
    public void Item(TextRun marker, IReadOnlyList<TextRun> runs, double indent = 0, double hang = 14, double after = 3)
    {
        var lines = Layout(runs, Width - indent - hang);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y + lines[i].Height > Bottom)
            {
                NewPage();
            }

            if (i == 0)
            {
                Draw(Layout([marker], hang)[0] with { Height = lines[0].Height, Baseline = lines[0].Baseline }, Left + indent, Y);
            }

            Draw(lines[i], Left + indent + hang, Y);
            Y += lines[i].Height;
        }

        Y += after;
    }

    /// <summary>Reserves <paramref name="height"/> on one page and lets <paramref name="draw"/> paint it.</summary>
    public void Block(double height, Action<XGraphics, XRect> draw)
    {
        KeepTogether(height);
        draw(_graphics, new XRect(Left, Y, Width, height));
        Y += height;
    }

    /// <summary>A horizontal rule across the content width.</summary>
    public void Rule(XColor color, double thickness = 0.8, double after = 6)
    {
        _graphics.DrawLine(new XPen(color, thickness), Left, Y, Left + Width, Y);
        Y += after;
    }

    /// <summary>A filled rectangle on the current page (table shading, severity bars).</summary>
    public void Fill(XRect rect, XColor color) => _graphics.DrawRectangle(new XSolidBrush(color), rect);

    public void Stroke(XPoint from, XPoint to, XColor color, double thickness = 0.5) => _graphics.DrawLine(new XPen(color, thickness), from, to);

    /// <summary>Breaks runs into lines no wider than <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, double width)
    {
        var lines = new List<TextLine>();
        var current = new List<PlacedWord>();
        double x = 0;
        foreach (var (word, run, spaceBefore) in Words(runs))
        {
            if (word == "\n")
            {
                lines.Add(Close(current, run.Style.Font));
                current = [];
                x = 0;
                continue;
            }

            var font = run.Style.Font;
            var gap = spaceBefore && current.Count > 0 ? Measure(" ", font) : 0;
            var w = Measure(word, font);
            if (current.Count > 0 && x + gap + w > width)
            {
                lines.Add(Close(current));
                current = [];
                x = 0;
                gap = 0;
            }

            // A single word wider than the line (a URL, a hash) is cut by characters.
            var rest = word;
            while (w > width && rest.Length > 1)
            {
                if (current.Count > 0)
                {
                    lines.Add(Close(current));
                    current = [];
                }

                var cut = Math.Max(1, Fit(rest, font, width));
                lines.Add(Close([new PlacedWord(rest[..cut], run, 0, Measure(rest[..cut], font))]));
                rest = rest[cut..];
                w = Measure(rest, font);
                x = 0;
                gap = 0;
            }

            current.Add(new PlacedWord(rest, run, x + gap, w));
            x += gap + w;
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(Close(current, runs.Count > 0 ? runs[0].Style.Font : Typography.Body.Font));
        }

        return lines;
    }

    /// <summary>Draws a laid-out line with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>): highlights, text, then links.</summary>
    public void Draw(TextLine line, double x, double y)
    {
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            if (word.Run.Highlight is { } highlight)
            {
                // Reach back over the space when the previous word shares the highlight, so a sentence reads as one band.
                var previous = i > 0 ? line.Words[i - 1] : null;
                var from = previous?.Run.Highlight == highlight ? previous.X + previous.Width : word.X;
                _graphics.DrawRectangle(new XSolidBrush(highlight), new XRect(x + from, y, word.X + word.Width - from, line.Height));
            }
        }

        // Consecutive words of one run are drawn as one string: far fewer text objects, the same positions
        // (PDFsharp does not kern, so a joined string measures as its words and spaces).
        var start = 0;
        while (start < line.Words.Count)
        {
            var run = line.Words[start].Run;
            var end = start + 1;
            while (end < line.Words.Count && ReferenceEquals(line.Words[end].Run, run))
            {
                end++;
            }

            var first = line.Words[start];
            var last = line.Words[end - 1];
            var text = string.Join(' ', line.Words.Skip(start).Take(end - start).Select(w => w.Text));
            var baseline = y + line.Baseline - (run.Raised ? line.Raise : 0);
            _graphics.DrawString(text, run.Style.Font, new XSolidBrush(run.Style.Color), new XPoint(x + first.X, baseline), XStringFormats.BaseLineLeft);
            if (run.Link is not null || run.GoToPage is not null)
            {
                var rect = new PdfRectangle(_graphics.Transformer.WorldToDefaultPage(new XRect(x + first.X, y, last.X + last.Width - first.X, line.Height)));
                if (run.Link is { } url)
                {
                    _page.AddWebLink(rect, url);
                }
                else
                {
                    _page.AddDocumentLink(rect, run.GoToPage!.Value);
                }
            }

            start = end;
        }
    }

    /// <summary>Running headers (from page 2) and footers with "Page N of M", drawn once every page exists.</summary>
    public void Finish(string header, string footer)
    {
        _graphics.Dispose();
        var total = _document.PageCount;
        var style = Typography.Small;
        var brush = new XSolidBrush(style.Color);
        for (var i = 0; i < total; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point - 2 * Margin;
            if (i > 0)
            {
                gfx.DrawString(Shorten(gfx, header, style.Font, width), style.Font, brush, new XRect(Margin, Margin - 6, width, 10), XStringFormats.TopLeft);
                gfx.DrawLine(new XPen(Typography.Line, 0.5), Margin, Margin + 6, Margin + width, Margin + 6);
            }

            var y = page.Height.Point - Margin - 4;
            gfx.DrawLine(new XPen(Typography.Line, 0.5), Margin, y - 4, Margin + width, y - 4);
            gfx.DrawString(footer, style.Font, brush, new XRect(Margin, y, width, 10), XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {total}", style.Font, brush, new XRect(Margin, y, width, 10), XStringFormats.TopRight);
        }
    }

    private double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _graphics.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    private int Fit(string text, XFont font, double width)
    {
        var cut = 0;
        while (cut < text.Length && Measure(text[..(cut + 1)], font) <= width)
        {
            cut++;
        }

        return cut;
    }

    private static string Shorten(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && gfx.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>A line as tall as its largest font, every word on one baseline; raised words sit a third of an ascent higher.</summary>
    private static TextLine Close(List<PlacedWord> words, XFont? fallback = null)
    {
        var font = words.Count == 0 ? fallback ?? Typography.Body.Font : words.MaxBy(w => w.Run.Style.Font.Size)!.Run.Style.Font;
        var height = font.GetHeight() * LineSpacing;
        var ascent = font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
        return new TextLine(words, height, (height - font.GetHeight()) / 2 + ascent, ascent * 0.38);
    }

    /// <summary>
    /// The runs' words, each knowing whether a space separates it from the word before (markers cling to their
    /// sentence); a line feed comes through as the word "\n", a hard break.
    /// </summary>
    private static IEnumerable<(string Word, TextRun Run, bool SpaceBefore)> Words(IReadOnlyList<TextRun> runs)
    {
        var pendingSpace = false;
        foreach (var run in runs)
        {
            var text = run.Text.Replace('\r', ' ').Replace('\t', ' ');
            var start = 0;
            while (start < text.Length)
            {
                if (text[start] == '\n')
                {
                    yield return ("\n", run, false);
                    pendingSpace = false;
                    start++;
                    continue;
                }

                if (text[start] == ' ')
                {
                    pendingSpace = true;
                    start++;
                    continue;
                }

                var end = text.IndexOfAny([' ', '\n'], start);
                end = end < 0 ? text.Length : end;
                yield return (text[start..end], run, pendingSpace);
                pendingSpace = false;
                start = end;
            }
        }
    }
}

internal sealed record PlacedWord(string Text, TextRun Run, double X, double Width);

/// <param name="Baseline">Distance from the line's top to its baseline.</param>
/// <param name="Raise">How far raised words sit above the baseline.</param>
internal sealed record TextLine(IReadOnlyList<PlacedWord> Words, double Height, double Baseline, double Raise);
