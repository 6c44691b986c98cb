using System.Text;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using static EvidenceAppraisal.Core.Tests.Reading.PubMedXml;

namespace EvidenceAppraisal.Core.Tests.Reading;

/// <summary>Broken and hostile PubMed XML: one line naming input, record, line and column; good records still read.</summary>
public class PubMedXmlBadInputTests
{
    private static List<ReadResult> Read(byte[] bytes, ReadOptions? options = null) =>
        Samples.ReadAll(new PubMedXmlReader(), Samples.FromBytes("set.xml", bytes), options);

    private static List<ReadResult> Read(string xml, ReadOptions? options = null) => Read(Bytes(xml), options);

    private static ReadError Refused(string xml) => Should.Throw<InputException>(() => Read(xml)).Error;

    private static string Good(string pmid) => Record(pmid, $"Trial {pmid}.", Text("Mortality fell."));

    [Fact]
    public void A_doctype_declaring_entities_is_refused_before_anything_is_expanded()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE PubmedArticleSet [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&lol9;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """;
        var error = Refused(laughs);
        error.ToString().ShouldBe("set.xml(2,1): declares entities in its DOCTYPE; entity declarations are refused (never expanded or fetched); PubMed files have none");
    }

    [Fact]
    public void An_external_entity_is_refused_and_never_fetched()
    {
        var xml = $"{Declaration}\n<!DOCTYPE PubmedArticleSet [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n<PubmedArticleSet>{Record("1", "&secret;", Text("x."))}</PubmedArticleSet>";
        Refused(xml).Message.ShouldContain("declares entities");
    }

    [Fact]
    public void The_plain_PubMed_doctype_is_skipped_and_its_DTD_never_fetched()
    {
        // The DOCTYPE names an https DTD; with no network and no resolver, reading works only if it is never fetched.
        Read(Set(Good("1"))).ShouldHaveSingleItem().Document.ShouldNotBeNull();
    }

    [Fact]
    public void An_entity_the_document_never_declared_fails_its_record_only()
    {
        var results = Read(Set(Good("1"), Record("2", "T.", Text("Heparin&nbsp;helps.")), Good("3")));
        results.Select(r => r.Document?.RecordId).ShouldBe(["1", null, "3"]);
        var error = results[1].Error!;
        (error.RecordId, error.Line).ShouldBe(("2", 5));
        error.Message.ShouldContain("'nbsp'");
    }

    [Fact]
    public void Malformed_XML_before_any_record_is_one_error_with_line_and_column()
    {
        var error = Refused($"{Declaration}\n<PubmedArticleSet>\n  <<oops/>\n</PubmedArticleSet>");
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(4);
        error.Message.ShouldStartWith("is not well-formed XML: ");
        error.ToString().ShouldStartWith("set.xml(3,4): is not well-formed XML");
    }

    [Fact]
    public void A_malformed_record_is_reported_with_its_PMID_and_position_and_reading_goes_on()
    {
        var broken = Record("2", "Broken.", Text("An <i>unclosed tag."));
        var alsoBroken = Record("4", "Also broken.", Text("Fine.") + "<AbstractText Label=\"X\" Label=\"Y\">twice</AbstractText>");
        var results = Read(Set(Good("1"), broken, Good("3"), alsoBroken, Good("5")));

        results.Where(r => r.Document is not null).Select(r => r.Document!.RecordId).ShouldBe(["1", "3", "5"]);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        errors.Select(e => (e.RecordId, e.Line)).ShouldBe([("2", 5), ("4", 7)]);
        errors.ShouldAllBe(e => e.Column > 1 && e.Message.StartsWith("is not well-formed XML"));
        // The column points into the line as the file has it, also after resuming.
        var line7 = Set(Good("1"), broken, Good("3"), alsoBroken, Good("5")).Split('\n')[6];
        line7[(errors[1].Column!.Value - 1)..].ShouldStartWith("Label=\"Y\"");
    }

    [Fact]
    public void A_record_left_open_is_reported_and_the_next_record_is_still_read()
    {
        var unclosed = Good("2").Replace("</PubmedArticle>", "", StringComparison.Ordinal);
        var results = Read(Set(Good("1"), unclosed, Good("3")));
        results.Select(r => r.Document?.RecordId ?? $"failed {r.Error!.RecordId}").ShouldBe(["1", "failed 2", "3"]);
        results[1].Error!.Message.ShouldBe("is not closed before the next record starts");
    }

    [Fact]
    public void A_truncated_file_fails_the_cut_record_and_keeps_the_ones_before()
    {
        var xml = Set(Good("1"), Good("2"));
        var results = Read(xml[..(xml.IndexOf("<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">2", StringComparison.Ordinal) + 120)]);
        results.Select(r => r.Document?.RecordId ?? $"failed {r.Error!.RecordId}").ShouldBe(["1", "failed 2"]);
        results[1].Error!.Message.ShouldContain("end of file");
    }

    [Fact]
    public void A_record_with_bytes_that_are_not_UTF8_is_reported_alone()
    {
        var xml = Set(Good("1"), Record("2", "Caf\u00e9 study.", Text("Coffee.")), Good("3"));
        var bytes = Bytes(xml);
        var latin1 = Encoding.UTF8.GetBytes("Caf\u00e9");
        var at = bytes.AsSpan().IndexOf(latin1);
        var corrupted = bytes[..(at + 3)].Concat(new byte[] { 0xE9 }).Concat(bytes[(at + latin1.Length)..]).ToArray();
        var results = Read(corrupted);
        results.Select(r => r.Document?.RecordId ?? $"failed {r.Error!.RecordId}").ShouldBe(["1", "failed 2", "3"]);
        results[1].Error!.Message.ShouldContain("not valid UTF-8");
    }

    [Fact]
    public void A_record_with_no_title_and_no_abstract_is_reported_and_the_rest_read()
    {
        var results = Read(Set(Good("1"), Record("2", ""), Good("3")));
        results[1].Error!.ToString().ShouldBe("set.xml(5,1): record 2: has no title and no abstract");
        results[2].Document!.RecordId.ShouldBe("3");
    }

    [Fact]
    public void A_record_over_the_size_limit_is_reported_and_the_rest_read()
    {
        var big = Record("2", "Big.", Text(new string('a', 5000)));
        var results = Read(Set(Good("1"), big, Good("3")), ReadOptions.Default with { MaxTextBytes = 1000 });
        results.Select(r => r.Document?.RecordId ?? $"failed {r.Error!.RecordId}").ShouldBe(["1", "failed 2", "3"]);
        results[1].Error!.Message.ShouldContain("limit of 1,000");
    }

    [Fact]
    public void XML_that_is_not_PubMed_is_named()
    {
        Refused($"{Declaration}\n<rss><channel/></rss>").Message.ShouldBe("is XML but not PubMed XML: its root element is <rss>, not <PubmedArticleSet>");
    }

    [Fact]
    public void Empty_binary_and_UTF16_without_a_BOM_are_refused()
    {
        Should.Throw<InputException>(() => Read([])).Error.Message.ShouldBe("is empty");
        Should.Throw<InputException>(() => Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])).Error.Message.ShouldContain("binary");
        Should.Throw<InputException>(() => Read(Encoding.Unicode.GetBytes(Set(Good("1"))))).Error.Message.ShouldContain("UTF-16 without a byte-order mark");
    }

    [Fact]
    public void UTF16_with_a_BOM_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Set(Good("1")).Replace("<?xml version=\"1.0\" ?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", StringComparison.Ordinal))).ToArray();
        Read(bytes).ShouldHaveSingleItem().Document!.RecordId.ShouldBe("1");
    }

    [Fact]
    public void A_declared_Latin1_encoding_is_honoured()
    {
        var xml = Set(Record("1", "Caf\u00e9 study.", Text("Coffee."))).Replace("<?xml version=\"1.0\" ?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", StringComparison.Ordinal);
        Read(Encoding.Latin1.GetBytes(xml)).ShouldHaveSingleItem().Document!.Title.ShouldBe("Caf\u00e9 study.");
    }
}
