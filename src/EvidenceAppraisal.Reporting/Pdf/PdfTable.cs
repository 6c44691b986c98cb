using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <param name="Share">The column's share of the table width (shares need not add up to 1).</param>
internal sealed record PdfColumn(string Header, double Share);

/// <summary>A table whose cells wrap; rows never split, and the header repeats on every page the table reaches.</summary>
internal static class PdfTable
{
    private const double Padding = 3.5;

    public static void Draw(PdfCanvas canvas, IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<IReadOnlyList<TextRun>>> rows)
    {
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => canvas.Width * c.Share / total).ToList();
        var header = columns.Select(c => (IReadOnlyList<TextRun>)[new TextRun(c.Header, Typography.TableHeader)]).ToList();
        var headerHeight = Height(canvas, header, widths);
        var firstRow = true;
        foreach (var row in rows)
        {
            var height = Height(canvas, row, widths);
            // The header and the first row start together; later rows that do not fit move on with a repeated header.
            if (firstRow ? canvas.Remaining < headerHeight + height : canvas.Remaining < height)
            {
                canvas.NewPage();
            }

            if (firstRow || canvas.Y <= canvas.PageTop)
            {
                Row(canvas, header, widths, headerHeight, Typography.Shade);
                canvas.Stroke(new XPoint(canvas.Left, canvas.Y), new XPoint(canvas.Left + canvas.Width, canvas.Y), Typography.Muted, 0.8);
            }

            Row(canvas, row, widths, height, null);
            canvas.Stroke(new XPoint(canvas.Left, canvas.Y), new XPoint(canvas.Left + canvas.Width, canvas.Y), Typography.Line);
            firstRow = false;
        }

        canvas.Space(8);
    }

    private static double Height(PdfCanvas canvas, IReadOnlyList<IReadOnlyList<TextRun>> cells, IReadOnlyList<double> widths) =>
        cells.Select((cell, i) => canvas.Layout(cell, widths[i] - 2 * Padding).Sum(l => l.Height)).DefaultIfEmpty(0).Max() + 2 * Padding;

    private static void Row(PdfCanvas canvas, IReadOnlyList<IReadOnlyList<TextRun>> cells, IReadOnlyList<double> widths, double height, XColor? shade)
    {
        var top = canvas.Y;
        if (shade is { } colour)
        {
            canvas.Fill(new XRect(canvas.Left, top, canvas.Width, height), colour);
        }

        var x = canvas.Left;
        for (var i = 0; i < cells.Count; i++)
        {
            var y = top + Padding;
            foreach (var line in canvas.Layout(cells[i], widths[i] - 2 * Padding))
            {
                canvas.Draw(line, x + Padding, y);
                y += line.Height;
            }

            x += widths[i];
        }

        canvas.Space(height);
    }
}
