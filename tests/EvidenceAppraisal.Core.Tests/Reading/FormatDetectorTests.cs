using System.Text;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class FormatDetectorTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArticleSet></PubmedArticleSet>", InputFormat.PubMedXml)]
    [InlineData("<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>", InputFormat.PubMedXml)]
    [InlineData("<!DOCTYPE html>\n<html><body></body></html>", InputFormat.Html)]
    [InlineData("<!-- saved from url=(0040)https://example.org/ -->\n<html>", InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\">\n<html>", InputFormat.Html)]
    [InlineData("<div class=\"abstract\"><p>Text</p></div>", InputFormat.Html)]
    [InlineData("\n\nPMID- 123\nTI  - A title.\n", InputFormat.Medline)]
    [InlineData("TY  - JOUR\nTI  - A title\nER  - \n", InputFormat.Ris)]
    [InlineData("Provider: Example\n\nTY  - JOUR\nTI  - A title\nER  - \n", InputFormat.Ris)]
    [InlineData("{\"id\": 1, \"text\": \"A title\"}\n", InputFormat.JsonLines)]
    [InlineData("A title\n\nBACKGROUND: Text. PMID: 123.", InputFormat.Text)]
    public void Formats_are_told_apart_by_their_content(string head, InputFormat expected)
    {
        FormatDetector.Detect(Encoding.UTF8.GetBytes(head)).ShouldBe(expected);
    }

    [Fact]
    public void A_UTF16_page_with_a_BOM_is_detected_as_HTML()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>x</body></html>")).ToArray();
        FormatDetector.Detect(bytes).ShouldBe(InputFormat.Html);
    }
}
