using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class UncertaintyExtractionTests
{
    private static EvidenceAppraisal.Extraction.FactSet Of(string sentence) => Extracted.From("Heparin in sepsis", sentence);

    [Theory]
    [InlineData("However, there is controversy about its effectiveness and safety.", new[] { "effectiveness", "safety" })]
    [InlineData("The optimal dose of heparin remains controversial.", new[] { "dosing" })]
    [InlineData("Conflicting evidence exists on the mechanism by which heparin acts.", new[] { "mechanism" })]
    [InlineData("Its role in sepsis is hotly debated.", new string[0])]
    public void Stated_controversy_is_found_with_what_it_is_about(string sentence, string[] about)
    {
        var controversy = Of(sentence).Of<ControversyFact>().ShouldHaveSingleItem();
        controversy.About.ShouldBe(about);
    }

    [Theory]
    [InlineData("It is not controversial that heparin prevents venous thrombosis.")]
    [InlineData("There is no controversy about the need for early antibiotics.")]
    [InlineData("Its benefit is no longer debated.")]
    public void Negated_controversy_is_no_controversy(string sentence)
    {
        Of(sentence).Of<ControversyFact>().ShouldBeEmpty();
    }

    [Fact]
    public void An_open_question_is_not_a_controversy()
    {
        var facts = Of("Whether heparin improves survival remains unclear.");
        facts.Of<ControversyFact>().ShouldBeEmpty();
        facts.Of<OpenQuestionFact>().ShouldHaveSingleItem().Cue.ShouldBe("remains unclear");
    }

    [Theory]
    [InlineData("Heparin may reduce mortality.", "may", "modal")]
    [InlineData("These results suggest that heparin reduces mortality.", "suggest", "evidential")]
    [InlineData("Heparin appears to reduce mortality.", "appears", "evidential")]
    [InlineData("Heparin has a certain anti-inflammatory effect.", "a certain", "approximator")]
    [InlineData("We hypothesise that heparin reduces mortality.", "hypothesise", "hypothesis")]
    public void Speculation_is_a_hedge_of_its_kind(string sentence, string cue, string kind)
    {
        var hedge = Of(sentence).Of<HedgeFact>().ShouldHaveSingleItem();
        hedge.Cue.ShouldBe(cue);
        hedge.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Capability_is_not_speculation()
    {
        var facts = Of("Heparin can bind antithrombin.");
        facts.Of<HedgeFact>().ShouldBeEmpty();
        facts.Of<CapabilityFact>().ShouldHaveSingleItem().Cue.ShouldBe("can");
    }

    [Theory]
    [InlineData("Binding could not be detected in resting cells.")]
    [InlineData("We examined whether heparin reduces mortality.")]
    [InlineData("The promoter contains a putative binding site for NF-kB.")]
    [InlineData("Patients were enrolled between May 2010 and June 2012.")]
    [InlineData("A certain number of patients left the study.")]
    public void Words_that_only_look_like_hedges_are_not_hedges(string sentence)
    {
        Of(sentence).Of<HedgeFact>().ShouldBeEmpty();
        Of(sentence).Of<CapabilityFact>().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Larger randomised trials are needed to confirm these findings.")]
    [InlineData("The application of heparin in sepsis needs to be further defined.")]
    [InlineData("These findings should be confirmed in larger trials.")]
    public void Calls_for_more_research_are_found(string sentence)
    {
        Of(sentence).Of<FurtherResearchFact>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("The main limitation of this study is its small sample size.")]
    [InlineData("Our findings should be interpreted with caution.")]
    public void Admitted_limitations_are_found(string sentence)
    {
        Of(sentence).Of<LimitationFact>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Seed_states_a_controversy_about_effectiveness_and_safety_and_hedges_with_a_certain_effect()
    {
        Extracted.Seed.Of<ControversyFact>().ShouldHaveSingleItem().About.ShouldBe(["effectiveness", "safety"]);
        Extracted.Seed.Of<HedgeFact>().ShouldHaveSingleItem().Cue.ShouldBe("a certain");
        Extracted.Seed.Of<FurtherResearchFact>().ShouldHaveSingleItem();
    }
}
