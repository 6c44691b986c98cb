using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

/// <summary>One abstract (written for these tests) as a pasted PubMed page, a saved publisher page, PubMed XML, nbib and RIS.</summary>
public class SameAbstractTests
{
    public static TheoryData<string, InputFormat> OtherFormats => new()
    {
        { "mobilisation.txt", InputFormat.Text },
        { "mobilisation.html", InputFormat.Html },
        { "mobilisation.nbib", InputFormat.Medline },
        { "mobilisation.ris", InputFormat.Ris },
    };

    private static AbstractDocument Read(string name) =>
        DocumentReaders.Default.Read(Samples.Source(name), ReadOptions.Default).Single().Document!;

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void Every_format_is_detected(string name, InputFormat format)
    {
        FormatDetector.Detect(Samples.Source(name)).ShouldBe(format);
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void Every_format_gives_the_title_sections_and_sentences_of_the_PubMed_record(string name, InputFormat format)
    {
        _ = format;
        var reference = Read("mobilisation.xml");
        var document = Read(name);

        document.Title.ShouldBe(reference.Title);
        document.Sections.Select(s => (s.Label, s.Role, s.Text)).ShouldBe(reference.Sections.Select(s => (s.Label, s.Role, s.Text)));
        document.Sentences.Select(s => (s.Text, s.Role, s.SectionIndex, s.Span)).ShouldBe(reference.Sentences.Select(s => (s.Text, s.Role, s.SectionIndex, s.Span)));
        document.Text.ShouldBe(reference.Text);
    }

    [Fact]
    public void The_reference_record_has_four_labelled_sections_and_ten_sentences()
    {
        var document = Read("mobilisation.xml");
        document.Sections.Select(s => s.Role).ShouldBe([SectionRole.Background, SectionRole.Methods, SectionRole.Results, SectionRole.Conclusions]);
        document.Sentences.Count.ShouldBe(10);
        document.Sentences[5].Text.ShouldStartWith("Independent walking at 30 days was achieved by 71 of 120 patients (59%) vs. 52 of 118");
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void Every_format_keeps_the_identifiers_it_states(string name, InputFormat format)
    {
        _ = format;
        var metadata = Read(name).Metadata;
        metadata.Pmid.ShouldBe("99000001");
        metadata.Doi.ShouldBe("10.5555/jig.2022.0101");
        metadata.Year.ShouldBe(2022);
        metadata.Authors.ShouldContain(a => a.StartsWith("Adeyemi", StringComparison.Ordinal) || a.EndsWith("Adeyemi", StringComparison.Ordinal));
        metadata.Keywords.ShouldBe(["delirium", "hip fracture", "mobilisation"]);
    }
}
