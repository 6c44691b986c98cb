using EvidenceAppraisal.Extraction.Pico;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class PicoExtractionTests
{
    [Fact]
    public void Seed_is_heparin_in_sepsis_with_a_pubmed_query()
    {
        var pico = Extracted.Seed.Of<PicoFact>().ShouldHaveSingleItem();
        pico.Intervention.ShouldBe("heparin");
        pico.Condition.ShouldBe("sepsis");
        pico.Population.ShouldBe("patients with sepsis");
        pico.Query.ShouldBe("heparin AND sepsis AND (randomized controlled trial[pt] OR systematic review[pt])");
        pico.QueryUrl.ShouldBe("https://pubmed.ncbi.nlm.nih.gov/?term=heparin%20AND%20sepsis%20AND%20%28randomized%20controlled%20trial%5Bpt%5D%20OR%20systematic%20review%5Bpt%5D%29");
        Extracted.Seed.Document.Slice(pico.InterventionSpan!.Value).ShouldBe("heparin");
    }

    [Fact]
    public void Versus_title_gives_intervention_comparator_and_condition()
    {
        var pico = Extracted.From("Early goal-directed therapy versus usual care in septic shock", "We enrolled 1600 adults.").Of<PicoFact>().Single();
        pico.Intervention.ShouldBe("Early goal-directed therapy");
        pico.Comparator.ShouldBe("usual care");
        pico.Condition.ShouldBe("septic shock");
        pico.Query.ShouldBe("\"early goal-directed therapy\" AND \"septic shock\" AND (randomized controlled trial[pt] OR systematic review[pt])");
    }

    [Fact]
    public void Randomisation_sentence_gives_the_arms_and_patients_with_the_condition()
    {
        var pico = Extracted.From(
            "A trial in pancreatitis",
            "Patients with acute pancreatitis were randomised to receive probiotics or placebo.",
            "The primary outcome was infectious complications.").Of<PicoFact>().Single();
        pico.Intervention.ShouldBe("probiotics");
        pico.Comparator.ShouldBe("placebo");
        pico.Condition.ShouldBe("acute pancreatitis");
        pico.Population.ShouldBe("Patients with acute pancreatitis");
        pico.Outcomes.ShouldContain("infectious complications");
    }

    [Fact]
    public void Nothing_found_gives_no_query()
    {
        var pico = Extracted.From("On the history of the hospital", "The hospital opened in 1850.").Of<PicoFact>().Single();
        pico.Query.ShouldBeEmpty();
        pico.QueryUrl.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("enoxaparin", true)]
    [InlineData("ENOXAPARIN", true)]
    [InlineData("Rituximab", true)]
    [InlineData("lisinopril", true)]
    [InlineData("metoprolol", true)]
    [InlineData("dexamethasone", true)]
    [InlineData("montelukast", true)]
    [InlineData("paclitaxel", true)]
    [InlineData("lorazepam", true)]
    [InlineData("aciclovir", true)]
    [InlineData("aspirin", true)]
    [InlineData("inhaled", false)]
    [InlineData("parin", false)]
    [InlineData("patients", false)]
    public void A_word_is_drug_like_by_its_name_or_stem_in_any_case(string word, bool expected)
    {
        InterventionLexicon.IsDrugWord(word).ShouldBe(expected);
    }
}
