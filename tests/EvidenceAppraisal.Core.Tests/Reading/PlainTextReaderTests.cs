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

    private static AbstractDocument ReadPage() => PlainTextReader.Parse("page.txt", Samples.Text("mobilisation.txt"));

    [Theory]
    [InlineData("Tunde Adeyemi")]
    [InlineData("Department of Geriatric Medicine")]
    [InlineData("PMID")]
    [InlineData("DOI")]
    [InlineData("Keywords")]
    [InlineData("Copyright")]
    [InlineData("Similar articles")]
    [InlineData("Walking after hip fracture")]
    [InlineData("cookies")]
    [InlineData("Randomized Controlled Trial")]
    [InlineData("J Invent Geriatr")]
    [InlineData("Affiliations")]
    public void PubMed_page_furniture_and_front_matter_are_dropped(string furniture)
    {
        ReadPage().Text.ShouldNotContain(furniture, Case.Insensitive);
    }

    [Fact]
    public void PubMed_page_details_become_metadata()
    {
        var metadata = ReadPage().Metadata;
        metadata.Pmid.ShouldBe("99000001");
        metadata.Doi.ShouldBe("10.5555/jig.2022.0101");
        metadata.Journal.ShouldBe("J Invent Geriatr");
        metadata.Year.ShouldBe(2022);
        metadata.Authors.ShouldBe(["Tunde Adeyemi", "Petra Novak"]);
        metadata.PublicationTypes.ShouldBe(["Randomized Controlled Trial"]);
        metadata.Keywords.ShouldBe(["delirium", "hip fracture", "mobilisation"]);
    }

    [Fact]
    public void Headings_on_their_own_lines_label_the_paragraph_after_them()
    {
        var document = PlainTextReader.Parse("t", "A trial of X\n\nBackground\nX is used widely.\nMethods and Results\nWe randomised 40 adults. Pain fell.\nConclusions\nX helps.");
        document.Sections.Select(s => (s.Label, s.Role)).ShouldBe([
            ("Background", SectionRole.Background), ("Methods and Results", SectionRole.Methods), ("Conclusions", SectionRole.Conclusions)]);
        document.Title.ShouldBe("A trial of X.");
    }

    [Fact]
    public void A_wrapped_fragment_is_not_a_heading()
    {
        var document = PlainTextReader.Parse("t", "A trial of X\n\nWe enrolled adults with\nPatients with sepsis\nwere excluded from the analysis.");
        document.Sections.ShouldHaveSingleItem().Label.ShouldBeNull();
        document.Sentences.ShouldHaveSingleItem().Text.ShouldBe("We enrolled adults with Patients with sepsis were excluded from the analysis.");
    }

    [Theory]
    [InlineData("Case report: a spinal abscess in an adult.")]
    [InlineData("Commentary: time to sign off on signout.")]
    [InlineData("Outcome indicators for stroke: an audit.")]
    [InlineData("Quality of life with mobile app-delivered mindfulness training: a randomised trial.")]
    [InlineData("Cookies, cakes and blood glucose after lunch.")]
    public void A_title_with_a_heading_word_or_a_prompt_word_stays_the_title(string title)
    {
        var document = PlainTextReader.Parse("t", $"{title}\n\nThe patient recovered. We describe the course.");
        document.Title.ShouldBe(title);
        document.Sentences.Count.ShouldBe(2);
    }

    [Fact]
    public void An_abstract_pasted_without_a_title_has_none()
    {
        var document = PlainTextReader.Parse("t", "BACKGROUND: Sepsis is common. METHODS: We randomised 40 adults. RESULTS: Pain fell.");
        document.Title.ShouldBe("");
        document.Sections.Count.ShouldBe(3);
    }

    [Fact]
    public void A_long_abstract_line_that_mentions_cookies_is_kept()
    {
        var line = string.Concat(Enumerable.Repeat("Participants ate cookies with added fibre every day for twelve weeks. ", 5));
        var document = PlainTextReader.Parse("t", $"Fibre cookies and bowel habit\n\n{line}");
        document.Sentences.Count.ShouldBe(5);
    }

    [Fact]
    public void A_copyright_notice_closing_the_abstract_is_removed()
    {
        var document = PlainTextReader.Parse("t", "A trial\n\nPain fell with heparin. The effect was small. © 2019 Elsevier Ltd. All rights reserved.");
        document.Sentences.Select(s => s.Text).ShouldBe(["Pain fell with heparin.", "The effect was small."]);
    }

    [Fact]
    public void The_abstract_ends_at_the_next_part_of_the_page()
    {
        var document = PlainTextReader.Parse("t", "A trial\n\nPain fell with X.\nIntroduction\nPain is common in later life.");
        document.Sentences.ShouldHaveSingleItem().Text.ShouldBe("Pain fell with X.");
    }

    [Fact]
    public void A_citation_line_split_by_PubMed_is_joined_and_read()
    {
        var document = PlainTextReader.Parse("t", "Lancet\n. 2020 Jan 4;395(10217):1-9.\nA trial of X\n\nPain fell with X.");
        document.Title.ShouldBe("A trial of X.");
        document.Metadata.Journal.ShouldBe("Lancet");
        document.Metadata.Year.ShouldBe(2020);
    }
}
