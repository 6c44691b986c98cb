using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>
/// The HTML report in a real browser: screenshots at desktop and phone widths (kept under the test output's
/// <c>screenshots/</c> folder for a person to look at), and the browser's own print of it.
/// </summary>
public class ChromiumTests
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static string WriteHtml(string name)
    {
        var file = Path.Combine(Repo.TempFolder(), name + ".html");
        File.WriteAllText(file, new HtmlReportRenderer(SeedReport.Templates).Render(SeedReport.Named(name)));
        return file;
    }

    /// <summary>Chromium sets "fi", "ff" and the like as ligatures; read them back as letters (invariant globalisation has no NFKC).</summary>
    private static string Unligate(string text) => text
        .Replace("ﬀ", "ff", StringComparison.Ordinal).Replace("ﬁ", "fi", StringComparison.Ordinal).Replace("ﬂ", "fl", StringComparison.Ordinal)
        .Replace("ﬃ", "ffi", StringComparison.Ordinal).Replace("ﬄ", "ffl", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Html_renders_in_headless_chromium_at_desktop_and_phone_widths(string name)
    {
        var html = WriteHtml(name);
        Directory.CreateDirectory(Screenshots);
        foreach (var (label, width, height) in new[] { ("desktop", 1280, 2000), ("phone", 390, 2400) })
        {
            var shot = Path.Combine(Screenshots, $"{name}-{label}.png");
            File.Delete(shot);
            Chromium.Run(html, $"--screenshot={shot}", $"--window-size={width},{height}");
            var png = File.ReadAllBytes(shot);
            Chromium.PngSize(png).ShouldBe((width, height));
            // A page that failed to render is a near-empty, highly compressible image; the report is not.
            png.Length.ShouldBeGreaterThan(40_000, $"{shot} looks blank");
        }
    }

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Chromium_prints_every_flag_and_starts_the_flags_on_a_new_page(string name)
    {
        var report = SeedReport.Named(name);
        var html = WriteHtml(name);
        var printed = Path.Combine(Path.GetDirectoryName(html)!, name + ".pdf");
        Chromium.Run(html, $"--print-to-pdf={printed}", "--no-pdf-header-footer");
        using var pdf = PdfDocument.Open(File.ReadAllBytes(printed));
        var pages = pdf.GetPages().Select(p => Unligate(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        var all = string.Join(" ", pages);
        foreach (var flag in report.Flags)
        {
            all.ShouldContain(string.Join(" ", flag.Title.Split(' ')));
        }

        pages[0].ShouldContain("Bottom line");
        pages[0].ShouldNotContain("Why it matters");
        pages.Count.ShouldBeGreaterThanOrEqualTo(4);
    }
}
