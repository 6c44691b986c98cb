using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class PlainTextReaderTests
{
    private static AbstractDocument ReadSeed() =>
        DocumentReaders.Default.Read(InputSource.FromFile(Repo.Seed), ReadOptions.Default).Single().Document!;

    [Fact]
    public void Seed_title_is_found_and_marked_as_translated()
    {
        var document = ReadSeed();
        document.Title.ShouldBe("Significance of heparin in the treatment of patients with sepsis.");
        document.TitleIsTranslated.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Add like")]
    [InlineData("Add dislike")]
    [InlineData("Add to saved papers")]
    [InlineData("Full text links")]
    [InlineData("institutional subscription")]
    [InlineData("mobile app")]
    [InlineData("Copyright")]
    [InlineData("privacy policy")]
    [InlineData("Claim now")]
    [InlineData("WebMD")]
    public void Seed_page_furniture_is_dropped(string furniture)
    {
        ReadSeed().Text.ShouldNotContain(furniture, Case.Insensitive);
    }

    [Fact]
    public void Seed_keeps_its_labelled_section_and_all_its_sentences()
    {
        var document = ReadSeed();
        var section = document.Sections.ShouldHaveSingleItem();
        section.Label.ShouldBe("OBJECTIVE");
        section.Role.ShouldBe(SectionRole.Objective);
        document.Sentences.Count.ShouldBe(9);
        document.Sentences[^1].Text.ShouldBe("Therefore, the application of heparin in the treatment of sepsis need to be further defined and discussed.");
    }

    [Fact]
    public void Sentence_offsets_point_at_their_text()
    {
        var document = ReadSeed();
        foreach (var sentence in document.Sentences)
        {
            document.Slice(sentence.Span).ShouldBe(sentence.Text);
        }
    }

    [Fact]
    public void Inline_headings_split_sections_with_roles()
    {
        var document = PlainTextReader.Parse("t", "A trial of X.\n\nBACKGROUND: X is used. METHODS: We randomised 40 adults. RESULTS: Pain fell. CONCLUSIONS AND RELEVANCE: X helps.");
        document.Sections.Select(s => s.Role).ShouldBe([SectionRole.Background, SectionRole.Methods, SectionRole.Results, SectionRole.Conclusions]);
        document.Sections[3].Label.ShouldBe("CONCLUSIONS AND RELEVANCE");
    }

    [Fact]
    public void Text_with_no_words_after_furniture_is_an_error()
    {
        var ex = Should.Throw<InputException>(() => PlainTextReader.Parse("page.txt", "Add like\nAdd dislike\nFull text links\n"));
        ex.Error.Source.ShouldBe("page.txt");
    }
}
