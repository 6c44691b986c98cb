using AngleSharp.Html.Parser;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Pdf;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Reporting.Tests;

public class RenderingTests
{
    [Fact]
    public void Pdf_holds_every_flag_title_and_the_level_as_text()
    {
        var bytes = new PdfReportRenderer().Render(SeedReport.Report);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var flag in SeedReport.Report.Flags)
        {
            text.ShouldContain(string.Join(" ", flag.Title.Split(' ').Take(4)));
        }

        text.ShouldContain("Evidence level: 5");
        pdf.Information.Title.ShouldBe(SeedReport.Report.Document.Title);
    }

    [Fact]
    public void Html_is_one_page_with_every_flag_and_the_annotated_abstract()
    {
        var html = new HtmlReportRenderer(SeedReport.Templates).Render(SeedReport.Report);
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector("h1")!.TextContent.ShouldBe(SeedReport.Report.Document.Title);
        document.QuerySelectorAll("article.flag").Length.ShouldBe(SeedReport.Report.Flags.Count);
        document.QuerySelectorAll("mark").Length.ShouldBeGreaterThan(0);
        document.QuerySelectorAll("script, link[rel=stylesheet], img[src^=http]").Length.ShouldBe(0);
    }

    [Fact]
    public void Abstract_markup_and_template_delimiters_come_out_inert()
    {
        var report = SeedReport.Appraise("<script>alert(1)</script> {{ 7 * 7 }} title\n\nHeparin reduced mortality <img src=x onerror=alert(1)>. {% include 'x' %} There is controversy {{ report }}.");
        var html = new HtmlReportRenderer(SeedReport.Templates).Render(report);
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script").Length.ShouldBe(0);
        document.QuerySelectorAll("img").Length.ShouldBe(0);
        document.QuerySelector("h1")!.TextContent.ShouldContain("<script>alert(1)</script> {{ 7 * 7 }}");
        html.ShouldNotContain("49");

        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(report);
        markdown.ShouldNotContain("<script>");
        markdown.ShouldContain("&lt;script&gt;");
    }
}
