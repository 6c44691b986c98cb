using AngleSharp.Html.Parser;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Pdf;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>Text from an abstract is data in every format: markup stays text and template delimiters are never evaluated.</summary>
public class EscapingTests
{
    private const string Hostile =
        "<script>alert(1)</script> {{ 7 * 7 }} heparin title.\n\n" +
        "Heparin reduced mortality <img src=x onerror=alert(1)>. {% include 'x' %} There is controversy {{ report.provenance.inputHash }}. " +
        "\"><svg onload=alert(2)> studies have found that heparin improves survival [link](javascript:alert(3)) | pipe | **bold**.";

    private static readonly DocumentMetadata HostileMetadata = new()
    {
        Pmid = "1\"><script>alert(4)</script>",
        Doi = "10.1/\" onmouseover=\"alert(5)",
        Journal = "<b>{{ 6 * 7 }}</b>",
    };

    private static readonly Model.AppraisalReport Report = SeedReport.Appraiser.Appraise(SeedReport.WithMetadata(Hostile, HostileMetadata));

    [Fact]
    public void Html_shows_markup_and_delimiters_as_text()
    {
        var html = new HtmlReportRenderer(SeedReport.Templates).Render(Report);
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script, img, b").Length.ShouldBe(0);
        document.QuerySelectorAll("svg").Length.ShouldBe(1); // the pyramid, nothing else
        document.All.SelectMany(e => e.Attributes).ShouldNotContain(a => a.Name.StartsWith("on", StringComparison.Ordinal));
        document.QuerySelectorAll("a[href]").ShouldAllBe(a => a.GetAttribute("href")!.StartsWith('#') || a.GetAttribute("href")!.StartsWith("https://", StringComparison.Ordinal));
        document.QuerySelector("h1")!.TextContent.ShouldBe("<script>alert(1)</script> {{ 7 * 7 }} heparin title.");
        document.QuerySelector(".journal")!.TextContent.ShouldBe("<b>{{ 6 * 7 }}</b>");
        document.Body!.TextContent.ShouldContain("{% include 'x' %}");
        document.Body.TextContent.ShouldContain("{{ report.provenance.inputHash }}");
    }

    [Fact]
    public void Markdown_escapes_markup_links_and_table_pipes()
    {
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(Report);
        markdown.ShouldNotContain("<script>");
        markdown.ShouldNotContain("<img");
        markdown.ShouldContain("&lt;script&gt;");
        // Both brackets escaped: the text reads "[link](javascript:...)" and is no link.
        markdown.ShouldContain("\\[link\\](javascript:");
        markdown.ShouldContain("\\| pipe \\|");
        markdown.ShouldContain("\\{\\{ 7 \\* 7 \\}\\}");
    }

    [Fact]
    public void Json_and_pdf_keep_the_text_as_written()
    {
        var json = System.Text.Json.JsonDocument.Parse(JsonReportRenderer.Render(Report)).RootElement;
        json.GetProperty("document").GetProperty("title").GetString().ShouldBe("<script>alert(1)</script> {{ 7 * 7 }} heparin title.");
        JsonReportRenderer.Render(Report).ShouldNotContain("<script>");
        using var pdf = PdfDocument.Open(new PdfReportRenderer().Render(Report));
        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("<script>alert(1)</script> {{ 7 * 7 }}");
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a \u202Eevil", "a \u202Eevil\u202C")]
    [InlineData("\u202Bx\u202Dy", "\u202Bx\u202Dy\u202C\u202C")]
    [InlineData("\u202Ex\u202C closed", "\u202Ex\u202C closed")]
    [InlineData("\u2067x\u202Ey", "\u2067x\u202Ey\u202C\u2069")]
    [InlineData("\u2067x\u202Ey\u2069 the isolate closes the override too", "\u2067x\u202Ey\u2069 the isolate closes the override too")]
    [InlineData("\u202C\u2069 stray closers", "\u202C\u2069 stray closers")]
    public void Direction_controls_a_value_opens_are_closed_at_its_end(string text, string expected) =>
        Templating.BidiControls.Close(text).ShouldBe(expected);

    [Fact]
    public void An_unterminated_right_to_left_override_cannot_reverse_what_follows_it_in_html_or_markdown()
    {
        var report = SeedReport.Appraise("Heparin in sepsis: a trial.\n\nRESULTS: Heparin reduced 28-day mortality \u202Eby half. CONCLUSIONS: Heparin is effective.");
        var html = new HtmlReportRenderer(SeedReport.Templates).Render(report);
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(report);
        foreach (var output in new[] { html, markdown })
        {
            var opened = output.Split('\u202E').Length - 1;
            opened.ShouldBeGreaterThan(0);
            // Every override is closed before the next character that is not the quoted text's own.
            foreach (var part in output.Split('\u202E').Skip(1))
            {
                part.IndexOf('\u202C', StringComparison.Ordinal).ShouldBeGreaterThan(0);
                part[..part.IndexOf('\u202C', StringComparison.Ordinal)].ShouldNotContain("<");
            }
        }
    }
}
