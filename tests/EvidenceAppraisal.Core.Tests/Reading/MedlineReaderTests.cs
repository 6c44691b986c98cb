using System.Text;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.Tagged;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class MedlineReaderTests
{
    private static List<ReadResult> Read(string text) =>
        Samples.ReadAll(new MedlineReader(), Samples.FromBytes("export.nbib", Encoding.UTF8.GetBytes(text)));

    private const string TitleOnly = """
        PMID- 99000020
        TI  - Heparin in sepsis: where do we
              stand?
        PT  - Editorial
        LA  - eng
        DP  - 2019 Dec

        """;

    private const string WithAbstract = """
        PMID- 99000021
        TI  - A trial of heparin.
        AB  - OBJECTIVE: To test heparin. RESULTS: Mortality fell from 30% to 24% (P = 0.04).
        SI  - ISRCTN/ISRCTN12345678
        SI  - PDB/1ABC
        OT  - sepsis

        """;

    [Fact]
    public void The_sample_export_is_read_with_its_metadata()
    {
        var document = Samples.ReadAll(new MedlineReader(), Samples.Source("mobilisation.nbib")).Single().Document!;
        var metadata = document.Metadata;
        (metadata.Pmid, metadata.Journal, metadata.Year, metadata.Language).ShouldBe(("99000001", "Journal of Invented Geriatrics", 2022, "eng"));
        metadata.MeshHeadings.ShouldBe(["Aged", "Hip Fractures", "Early Ambulation"]);
        metadata.PublicationTypes.ShouldBe(["Journal Article", "Randomized Controlled Trial"]);
        metadata.RegistryIds.ShouldBe(["NCT09999999"]);
        document.Title.ShouldBe("Early mobilisation versus delayed mobilisation after hip fracture surgery in older adults: a randomised controlled trial.");
    }

    [Fact]
    public void Many_records_are_read_and_continuation_lines_joined()
    {
        var results = Read(TitleOnly + WithAbstract);
        results.Select(r => r.Document!.RecordId).ShouldBe(["99000020", "99000021"]);
        results[0].Document!.Title.ShouldBe("Heparin in sepsis: where do we stand?");
        results[1].Document!.Sections.Select(s => s.Label).ShouldBe(["OBJECTIVE", "RESULTS"]);
        results[1].Document!.Metadata.RegistryIds.ShouldBe(["ISRCTN12345678"]);
        results[1].Document!.Metadata.Keywords.ShouldBe(["sepsis"]);
    }

    [Fact]
    public void A_record_without_an_abstract_is_read_from_its_title_with_no_sentences()
    {
        var document = Read(TitleOnly).Single().Document!;
        document.HasAbstract.ShouldBeFalse();
        document.Sentences.ShouldBeEmpty();
        document.Metadata.PublicationTypes.ShouldBe(["Editorial"]);
    }

    [Fact]
    public void A_record_with_neither_title_nor_abstract_is_reported_with_its_PMID_and_line()
    {
        var results = Read(WithAbstract + "PMID- 99000022\nLA  - eng\n\n" + TitleOnly);
        results.Select(r => r.Document?.RecordId).ShouldBe(["99000021", null, "99000020"]);
        results[1].Error!.ToString().ShouldBe("export.nbib(7): record 99000022: has no title (TI) and no abstract (AB)");
    }

    [Fact]
    public void Records_need_no_blank_line_between_them()
    {
        Read(TitleOnly.TrimEnd() + "\n" + WithAbstract).Count.ShouldBe(2);
    }

    [Fact]
    public void Latin1_text_is_refused_with_line_and_column()
    {
        var bytes = Encoding.Latin1.GetBytes("PMID- 1\nTI  - Caf\u00e9 study.\n");
        var error = Should.Throw<InputException>(() => Samples.ReadAll(new MedlineReader(), Samples.FromBytes("latin1.nbib", bytes))).Error;
        error.ToString().ShouldBe("latin1.nbib(2,10): is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8 and try again");
    }

    [Fact]
    public void A_file_with_no_record_is_an_error()
    {
        Should.Throw<InputException>(() => Read("Nothing tagged here.\n")).Error.Message.ShouldContain("no MEDLINE record");
    }
}
