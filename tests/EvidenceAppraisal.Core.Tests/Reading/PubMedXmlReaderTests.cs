using System.IO.Compression;
using System.Text;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using static EvidenceAppraisal.Core.Tests.Reading.PubMedXml;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class PubMedXmlReaderTests
{
    private static List<ReadResult> Read(string xml, ReadOptions? options = null) =>
        Samples.ReadAll(new PubMedXmlReader(), Samples.FromBytes("set.xml", Bytes(xml)), options);

    private static AbstractDocument ReadOne(string xml) => Read(xml).ShouldHaveSingleItem().Document.ShouldNotBeNull();

    [Fact]
    public void The_record_metadata_is_kept_and_cited_articles_ids_are_not()
    {
        var metadata = Samples.ReadAll(new PubMedXmlReader(), Samples.Source("mobilisation.xml")).Single().Document!.Metadata;
        metadata.Pmid.ShouldBe("99000001");
        metadata.Doi.ShouldBe("10.5555/jig.2022.0101");
        metadata.Journal.ShouldBe("Journal of Invented Geriatrics");
        metadata.Year.ShouldBe(2022);
        metadata.Language.ShouldBe("eng");
        metadata.Authors.ShouldBe(["Adeyemi T", "Novak P"]);
        metadata.PublicationTypes.ShouldBe(["Journal Article", "Randomized Controlled Trial"]);
        metadata.MeshHeadings.ShouldBe(["Aged", "Hip Fractures", "Early Ambulation"]);
        metadata.Keywords.ShouldBe(["delirium", "hip fracture", "mobilisation"]);
        metadata.RegistryIds.ShouldBe(["NCT09999999"]); // the GenBank accession is data, not a registration
    }

    [Fact]
    public void NlmCategory_decides_the_role_and_the_label_is_kept_as_written()
    {
        var document = ReadOne(Set(Record("1", "T.",
            "<AbstractText Label=\"AIMS\" NlmCategory=\"OBJECTIVE\">To test X.</AbstractText>"
            + "<AbstractText Label=\"PATIENTS AND SETTING\" NlmCategory=\"METHODS\">Adults in 3 wards.</AbstractText>"
            + "<AbstractText Label=\"SUMMARY\" NlmCategory=\"UNASSIGNED\">X helped.</AbstractText>")));
        document.Sections.Select(s => (s.Label, s.Role)).ShouldBe([
            ("AIMS", SectionRole.Objective), ("PATIENTS AND SETTING", SectionRole.Methods), ("SUMMARY", SectionRole.Conclusions)]);
    }

    [Fact]
    public void Unlabelled_paragraphs_run_together_and_their_inline_headings_are_found()
    {
        var document = ReadOne(Set(Record("1", "T.", Text("BACKGROUND: Sepsis kills. METHODS: We randomised 40 adults.") + Text("RESULTS: Mortality fell.")
            + "<AbstractText Label=\"UNLABELLED\">A closing note.</AbstractText>")));
        document.Sections.Select(s => s.Label).ShouldBe(["BACKGROUND", "METHODS", "RESULTS"]);
        document.Sentences[^1].Text.ShouldBe("A closing note.");
    }

    [Fact]
    public void Inline_markup_is_kept_as_text_and_an_exponent_stays_an_exponent()
    {
        var document = ReadOne(Set(Record("1", "Effects of <i>Lactobacillus</i> on CO<sub>2</sub>.",
            Text("Counts fell to 10<sup>-5</sup> in <i>in vitro</i> tests with <b>strain</b> A<sup>®</sup> (P = 4 × 10<sup>−3</sup>). "
                + "The size was <mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:mi>n</mml:mi></mml:math> = 12."))));
        document.Title.ShouldBe("Effects of Lactobacillus on CO2.");
        document.Sentences[0].Text.ShouldBe("Counts fell to 10^-5 in in vitro tests with strain A® (P = 4 × 10^-3).");
        document.Sentences[1].Text.ShouldBe("The size was n = 12.");
    }

    [Fact]
    public void A_bracketed_title_is_a_translation_and_a_vernacular_title_stands_in_for_a_missing_one()
    {
        ReadOne(Set(Record("1", "[Heparin in sepsis].", Text("Heparin helps.")))).TitleIsTranslated.ShouldBeTrue();
        ReadOne(Set(Record("2", "", Text("Heparin helps."), article: "<VernacularTitle>Heparin bei Sepsis.</VernacularTitle>"))).Title.ShouldBe("Heparin bei Sepsis.");
    }

    [Fact]
    public void A_record_with_a_title_and_no_abstract_is_a_title_only_document()
    {
        var document = ReadOne(Set(Record("7", "Heparin in sepsis: a review.")));
        document.HasAbstract.ShouldBeFalse();
        document.Title.ShouldBe("Heparin in sepsis: a review.");
        document.RecordId.ShouldBe("7");
    }

    [Fact]
    public void Many_records_are_read_in_order_with_their_PMIDs()
    {
        var results = Read(Set(Record("11", "One.", Text("First.")), Record("12", "Two.", Text("Second.")), Record("13", "Three.", Text("Third."))));
        results.Select(r => r.Document!.RecordId).ShouldBe(["11", "12", "13"]);
        results.Select(r => r.Document!.Sentences.Single().Text).ShouldBe(["First.", "Second.", "Third."]);
    }

    [Fact]
    public void A_gzip_file_is_read_like_the_plain_one()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(Samples.PathOf("mobilisation.xml")));
        }

        var source = Samples.FromBytes("set.xml.gz", compressed.ToArray());
        FormatDetector.Detect(source).ShouldBe(InputFormat.PubMedXml);
        var document = Samples.ReadAll(new PubMedXmlReader(), source).Single().Document!;
        document.Sentences.Count.ShouldBe(10);
    }

    [Fact]
    public void Book_articles_and_deleted_citations_in_a_set_are_handled()
    {
        var book = "<PubmedBookArticle><BookDocument><PMID Version=\"1\">21</PMID><Book><BookTitle>Handbook of Examples</BookTitle></Book>"
            + "<Abstract><AbstractText>A chapter on examples.</AbstractText></Abstract></BookDocument></PubmedBookArticle>";
        var results = Read(Set(book, "<DeleteCitation><PMID Version=\"1\">5</PMID></DeleteCitation>", Record("22", "Two.", Text("Second."))));
        results.Select(r => (r.Document!.RecordId, r.Document.Title)).ShouldBe([("21", "Handbook of Examples."), ("22", "Two.")]);
    }

    [Fact]
    public void Reading_streams_record_by_record()
    {
        // 20,000 records (about 16 MB) generated on the fly; taking the first five reads only the first few blocks.
        var counter = new GeneratedPubMedStream.Counter();
        var source = new InputSource("big.xml", () => new GeneratedPubMedStream(20_000, counter));
        var first = new PubMedXmlReader().Read(source, ReadOptions.Default).Take(5).ToList();
        first.Select(r => r.Document!.RecordId).ShouldBe(["1", "2", "3", "4", "5"]);
        counter.BytesRead.ShouldBeLessThan(1_000_000);
        GeneratedPubMedStream.TotalBytes(20_000).ShouldBeGreaterThan(15_000_000);
    }

    /// <summary>A PubMed set produced as it is read, counting the bytes handed out across every opening.</summary>
    private sealed class GeneratedPubMedStream(int records, GeneratedPubMedStream.Counter counter) : Stream
    {
        public sealed class Counter
        {
            public long BytesRead { get; set; }
        }

        private static readonly byte[] Head = Encoding.UTF8.GetBytes($"{Declaration}\n{Doctype}\n<PubmedArticleSet>\n");
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("</PubmedArticleSet>\n");
        private byte[] _chunk = Head;
        private int _at;
        private int _next = 1;

        private static byte[] RecordBytes(int pmid) => Encoding.UTF8.GetBytes(Record(pmid.ToString(System.Globalization.CultureInfo.InvariantCulture), "A generated trial.",
            Text(string.Concat(Enumerable.Repeat("Patients were randomised to heparin or placebo and followed for 28 days. ", 10)))) + "\n");

        public static long TotalBytes(int records) => Head.Length + Tail.Length + Enumerable.Range(1, records).Sum(i => (long)RecordBytes(i).Length);

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_at == _chunk.Length)
            {
                if (_next > records + 1)
                {
                    return 0;
                }

                _chunk = _next <= records ? RecordBytes(_next) : Tail;
                _next++;
                _at = 0;
            }

            var n = Math.Min(count, _chunk.Length - _at);
            Array.Copy(_chunk, _at, buffer, offset, n);
            _at += n;
            counter.BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
