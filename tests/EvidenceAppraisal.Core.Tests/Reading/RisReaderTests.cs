using System.Text;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.Tagged;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class RisReaderTests
{
    private static List<ReadResult> Read(string text) =>
        Samples.ReadAll(new RisReader(), Samples.FromBytes("export.ris", Encoding.UTF8.GetBytes(text)));

    private const string Two = """
        TY  - JOUR
        T1  - Vitamin D in winter
        N2  - BACKGROUND: Fractures rise in winter. RESULTS: Vitamin D halved them.
        JO  - Journal of Examples
        Y1  - 2018/01/05
        AU  - Smith, Jane A.
        ER  - 
        TY  - JOUR
        TI  - Zinc for colds
        AB  - Zinc shortened colds by a day.
        UR  - https://doi.org/10.5555/zinc.1
        ER  -
        """;

    [Fact]
    public void The_sample_export_is_read_with_its_metadata()
    {
        var metadata = Samples.ReadAll(new RisReader(), Samples.Source("mobilisation.ris")).Single().Document!.Metadata;
        (metadata.Pmid, metadata.Doi, metadata.Journal, metadata.Year, metadata.Language).ShouldBe(("99000001", "10.5555/jig.2022.0101", "Journal of Invented Geriatrics", 2022, "eng"));
        metadata.Authors.ShouldBe(["Adeyemi T", "Novak P"]);
    }

    [Fact]
    public void Many_records_with_older_and_newer_tags_are_read()
    {
        var results = Read(Two);
        results.Select(r => r.Document!.Title).ShouldBe(["Vitamin D in winter.", "Zinc for colds."]);
        results[0].Document!.Sections.Select(s => s.Label).ShouldBe(["BACKGROUND", "RESULTS"]);
        results[0].Document!.Metadata.Year.ShouldBe(2018);
        results[0].Document!.Metadata.Authors.ShouldBe(["Smith JA"]);
        results[1].Document!.Metadata.Doi.ShouldBe("10.5555/zinc.1");
    }

    [Fact]
    public void A_record_with_neither_title_nor_abstract_is_reported_and_the_rest_read()
    {
        var results = Read("TY  - JOUR\nPY  - 2001\nER  - \n" + Two);
        results.Select(r => r.Document?.Title).ShouldBe([null, "Vitamin D in winter.", "Zinc for colds."]);
        results[0].Error!.ToString().ShouldBe("export.ris(1): record #1: has no title (TI) and no abstract (AB)");
    }

    [Fact]
    public void A_last_record_without_ER_is_still_read()
    {
        Read("TY  - JOUR\nTI  - Zinc for colds\nAB  - Zinc shortened colds.\n").Single().Document!.Sentences.Count.ShouldBe(1);
    }

    [Fact]
    public void Wrapped_abstract_lines_are_joined()
    {
        Read("TY  - JOUR\nTI  - Zinc\nAB  - Zinc shortened\ncolds by a day.\nER  - \n").Single().Document!.Sentences.Single().Text.ShouldBe("Zinc shortened colds by a day.");
    }
}
