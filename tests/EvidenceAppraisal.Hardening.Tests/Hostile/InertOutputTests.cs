using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using EvidenceAppraisal.Hardening.Tests.Support;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Hardening.Tests.Hostile;

/// <summary>Markup, links, template delimiters and Markdown in an abstract are text in every format, never code.</summary>
public class InertOutputTests
{
    private static readonly Lazy<Reporting.Model.AppraisalReport> Report = new(() => Pipeline.Appraise(HostileText.Abstract()));

    [Fact]
    public void The_hostile_abstract_reaches_the_quoted_parts_of_the_report()
    {
        // Otherwise the tests below would prove nothing: the parts must be in title, sentences and flags.
        var report = Report.Value;
        report.Document.Title.ShouldContain("<script>");
        report.Flags.ShouldNotBeEmpty();
        report.Flags.SelectMany(f => f.Evidence).ShouldContain(e => e.Contains("{{", StringComparison.Ordinal) || e.Contains('<'));
        foreach (var part in HostileText.Parts)
        {
            report.Document.Sentences.ShouldContain(s => s.Text.Contains(Collapse(part), StringComparison.Ordinal), $"'{part}' did not reach a sentence");
        }
    }

    [Fact]
    public void Html_gains_no_element_attribute_or_link_from_the_abstract()
    {
        var html = Pipeline.Html.Render(Report.Value);
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script, iframe, object, embed, textarea, base, meta[http-equiv], form").ShouldBeEmpty();
        document.QuerySelectorAll("img[src^='x'], img[src*='evil'], svg[onload]").ShouldBeEmpty();
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                attribute.Name.ShouldNotStartWith("on", Case.Insensitive, $"<{element.LocalName} {attribute.Name}> came from the abstract");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcset")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    value.ShouldNotStartWith("javascript:");
                    value.ShouldNotStartWith("vbscript:");
                    value.ShouldNotStartWith("data:text/html");
                    value.ShouldNotContain("evil.example");
                }
            }
        }

        // The text is there, as text: the title verbatim, the template delimiters unevaluated.
        document.QuerySelector("h1")!.TextContent.ShouldContain(HostileText.Title);
        var text = document.Body!.TextContent;
        text.ShouldContain("{{ 7 * 7 }}");
        text.ShouldContain("{{ for x in 1..100000000 }}");
        text.ShouldContain("{% include 'report.html.sbn' %}");
        text.ShouldContain("<script>alert('body')</script>");
        text.ShouldContain("&amp; &lt;script&gt;");
    }

    [Fact]
    public void Markdown_keeps_every_markup_character_escaped()
    {
        var markdown = Pipeline.Markdown.Render(Report.Value);
        var unescaped = Unescaped(markdown);
        foreach (var danger in new[] { "<script", "<img", "<a ", "<svg", "<iframe", "<!--", "](javascript", "](http://evil", "{{", "{%", "``", "**bold**" })
        {
            unescaped.ShouldNotContain(danger, Case.Insensitive, $"'{danger}' is live Markdown or HTML");
        }

        // No text of the abstract starts a line of its own (a heading, a table row, a list, a link definition).
        foreach (var line in markdown.Split('\n'))
        {
            line.ShouldNotStartWith("[ref]:");
            line.ShouldNotStartWith("| pipe");
            foreach (var tag in new[] { "<script", "<img", "<a ", "<svg", "<iframe", "<!--", "</textarea" })
            {
                line.TrimStart().ShouldNotStartWith(tag, Case.Insensitive);
            }
        }

        markdown.ShouldContain("\\{\\{ 7 \\* 7 \\}\\}");
    }

    [Fact]
    public void Pdf_draws_the_text_and_holds_no_script_or_link_from_the_abstract()
    {
        var bytes = Pipeline.Pdf.Render(Report.Value);
        var raw = Encoding.Latin1.GetString(bytes);
        foreach (var key in new[] { "/JavaScript", "/JS ", "/JS(", "/Launch", "/SubmitForm", "/ImportData", "/RichMedia" })
        {
            raw.ShouldNotContain(key);
        }

        foreach (Match uri in Regex.Matches(raw, @"/URI\s*\((?<u>[^)]*)\)", RegexOptions.None, TimeSpan.FromSeconds(5)))
        {
            uri.Groups["u"].Value.TrimStart().ShouldNotStartWith("javascript", Case.Insensitive);
            uri.Groups["u"].Value.ShouldNotContain("evil.example");
        }

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("<script>alert('title')</script>");
        text.ShouldContain("{{");
        pdf.Information.Title.ShouldBe(Report.Value.Document.Title);
    }

    [Fact]
    public void Json_holds_the_text_exactly_as_read()
    {
        var json = Pipeline.Json(Report.Value);
        using var parsed = JsonDocument.Parse(json);
        var document = parsed.RootElement.GetProperty("document");
        document.GetProperty("title").GetString().ShouldBe(Report.Value.Document.Title);
        var sentences = document.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString() ?? "").ToList();
        sentences.ShouldBe(Report.Value.Document.Sentences.Select(s => s.Text).ToList());
        sentences.ShouldContain(s => s.Contains("\u202E", StringComparison.Ordinal));
    }

    /// <summary>The Markdown with every backslash-escaped character (and its backslash) blanked out: what a renderer would act on.</summary>
    private static string Unescaped(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length)
            {
                sb.Append("  ");
                i++;
                continue;
            }

            sb.Append(markdown[i]);
        }

        return sb.ToString().Replace("&lt;", " ", StringComparison.Ordinal).Replace("&gt;", " ", StringComparison.Ordinal);
    }

    private static string Collapse(string text) => Reading.DocumentBuilder.Normalise(text);
}
