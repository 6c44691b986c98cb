using System.Text;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.Html;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class HtmlPageReaderTests
{
    private static AbstractDocument ReadSample() => Samples.ReadAll(new HtmlPageReader(), Samples.Source("mobilisation.html")).Single().Document!;

    [Theory]
    [InlineData("cookies")]
    [InlineData("Current issue")]
    [InlineData("not text")]
    [InlineData("small-caps")]
    [InlineData("Original research")]
    [InlineData("Ibadan")]
    [InlineData("Download PDF")]
    [InlineData("Published by Invented Press")]
    [InlineData("full text follows")]
    [InlineData("Related articles")]
    [InlineData("Privacy policy")]
    public void Scripts_navigation_banners_and_the_rest_of_the_page_are_left_out(string text)
    {
        ReadSample().Text.ShouldNotContain(text, Case.Insensitive);
    }

    [Fact]
    public void Citation_meta_tags_give_title_and_metadata()
    {
        var document = ReadSample();
        document.Title.ShouldBe("Early mobilisation versus delayed mobilisation after hip fracture surgery in older adults: a randomised controlled trial.");
        document.Metadata.Journal.ShouldBe("Journal of Invented Geriatrics");
        document.Metadata.Authors.ShouldBe(["Adeyemi T", "Novak P"]);
        document.Metadata.Pmid.ShouldBe("99000001");
    }

    [Fact]
    public void Entities_and_inline_markup_read_as_text()
    {
        ReadSample().Sentences.ShouldContain(s => s.Text == "It may increase complications in older adults (e.g. pneumonia and delirium).");
    }

    [Fact]
    public void A_PubMed_style_page_with_inline_labels_and_keywords_in_the_abstract_element()
    {
        const string page = """
            <html><head><meta name="citation_title" content="Vitamin D in winter: a randomised trial"><meta name="ncbi_db" content="pubmed"><meta name="ncbi_uid" content="99000010"></head>
            <body><div class="abstract" id="abstract"><h2 class="title">Abstract</h2>
            <div class="abstract-content selected" id="eng-abstract">
            <p><strong class="sub-title">Objective: </strong>To test vitamin D in winter.</p>
            <p><strong class="sub-title">Results: </strong>Fractures fell from 12% to 9% (P = 0.04).</p>
            </div>
            <p><strong class="sub-title">Keywords: </strong>vitamin D; fractures.</p></div>
            <div class="similar-articles"><h2>Similar articles</h2><p>Vitamin D and falls.</p></div></body></html>
            """;
        var document = HtmlPageReader.Parse("page.html", page);
        document.Sections.Select(s => (s.Label, s.Role)).ShouldBe([("Objective", SectionRole.Objective), ("Results", SectionRole.Results)]);
        document.Metadata.Pmid.ShouldBe("99000010");
        document.Metadata.Keywords.ShouldBe(["vitamin D", "fractures"]);
        document.Text.ShouldNotContain("falls");
    }

    [Fact]
    public void A_page_without_an_abstract_element_is_read_as_its_text_after_the_title()
    {
        const string page = """
            <html><head><title>Vitamin D in winter - Example Journal</title></head>
            <body><nav>Home | Issues</nav><h1>Vitamin D in winter</h1><p>Jane Smith, John Doe</p>
            <p>BACKGROUND: Fractures rise in winter. METHODS: We gave 200 adults vitamin D. RESULTS: Fractures fell.</p>
            <h2>References</h2><p>1. An old paper.</p></body></html>
            """;
        var document = HtmlPageReader.Parse("page.html", page);
        document.Title.ShouldBe("Vitamin D in winter.");
        document.Sections.Count.ShouldBe(3);
        document.Metadata.Authors.ShouldBe(["Jane Smith", "John Doe"]);
        document.Text.ShouldNotContain("old paper");
    }

    [Fact]
    public void Paragraphs_closed_implicitly_still_break_lines()
    {
        var document = HtmlPageReader.Parse("p.html", "<h1>T</h1><div class=abstract><p>BACKGROUND<p>Sepsis is a common cause of death.<p>RESULTS<p>Mortality fell by a third.</div>");
        document.Sections.Select(s => (s.Label, s.Text)).ShouldBe([("BACKGROUND", "Sepsis is a common cause of death."), ("RESULTS", "Mortality fell by a third.")]);
    }

    [Fact]
    public void A_declared_legacy_charset_is_honoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 \u201cstudy\u201d</title></head><body><h1>Caf\u00e9 \u201cstudy\u201d</h1><p>Na\u00efve adults drank coffee daily for a year and slept less.</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html);
        var document = Samples.ReadAll(new HtmlPageReader(), Samples.FromBytes("cafe.html", bytes)).Single().Document!;
        document.Title.ShouldBe("Caf\u00e9 \u201cstudy\u201d.");
        document.Sentences.ShouldHaveSingleItem().Text.ShouldStartWith("Na\u00efve adults");
    }

    [Fact]
    public void Undeclared_latin1_is_refused_with_its_position()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><h1>Caf\u00e9</h1></body></html>");
        var error = Should.Throw<InputException>(() => Samples.ReadAll(new HtmlPageReader(), Samples.FromBytes("cafe.html", bytes))).Error;
        error.Message.ShouldContain("not valid UTF-8");
        (error.Line, error.Column).ShouldBe((1, 20));
    }

    [Fact]
    public void A_page_with_nothing_but_furniture_is_an_error()
    {
        var error = Should.Throw<InputException>(() => HtmlPageReader.Parse("empty.html", "<html><body><nav>Home</nav><p>Accept all cookies</p></body></html>")).Error;
        error.ToString().ShouldBe("empty.html: holds no abstract text once page furniture is removed");
    }
}
