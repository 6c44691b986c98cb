using System.Globalization;
using EvidenceAppraisal.Reporting.Model;
using PdfSharp.Drawing;

namespace EvidenceAppraisal.Reporting.Pdf;

/// <summary>The evidence pyramid: one band per level, strongest at the top, the study's level filled and labelled "this study".</summary>
internal static class PyramidGraphic
{
    private const double TierHeight = 15;
    private const double PyramidWidth = 130;

    public static double Height(PyramidView pyramid) => pyramid.Tiers.Count * TierHeight + 4;

    public static void Draw(XGraphics gfx, XRect area, PyramidView pyramid)
    {
        var count = pyramid.Tiers.Count;
        var centre = area.Left + PyramidWidth / 2;
        double HalfWidth(double depth) => 6 + (PyramidWidth / 2 - 6) * depth / (count * TierHeight);
        var outline = new XPen(Typography.Muted, 0.6);
        foreach (var tier in pyramid.Tiers)
        {
            var top = area.Top + (tier.Level - 1) * TierHeight;
            var bottom = top + TierHeight;
            XPoint[] band =
            [
                new(centre - HalfWidth(top - area.Top), top),
                new(centre + HalfWidth(top - area.Top), top),
                new(centre + HalfWidth(bottom - area.Top), bottom),
                new(centre - HalfWidth(bottom - area.Top), bottom),
            ];
            gfx.DrawPolygon(outline, new XSolidBrush(tier.Current ? Typography.Accent : Typography.Shade), band, XFillMode.Winding);
            var number = tier.Level.ToString(CultureInfo.InvariantCulture);
            var style = tier.Current ? Typography.SmallStrong.In(XColors.White) : Typography.SmallStrong;
            gfx.DrawString(number, style.Font, new XSolidBrush(style.Color), new XRect(centre - 10, top, 20, TierHeight), XStringFormats.Center);
            var label = tier.Current ? $"Level {number}: {tier.Label}  ◀ this study" : $"Level {number}: {tier.Label}";
            var labelStyle = tier.Current ? Typography.SmallStrong : Typography.Small;
            gfx.DrawString(label, labelStyle.Font, new XSolidBrush(labelStyle.Color), new XRect(area.Left + PyramidWidth + 10, top, area.Width - PyramidWidth - 10, TierHeight), XStringFormats.CenterLeft);
        }
    }
}
