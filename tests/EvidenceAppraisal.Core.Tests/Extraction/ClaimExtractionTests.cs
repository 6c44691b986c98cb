using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class ClaimExtractionTests
{
    private static ClaimFact OnlyClaim(string sentence) =>
        Extracted.From("A trial of heparin", sentence).Of<ClaimFact>().ShouldHaveSingleItem();

    [Theory]
    [InlineData("Heparin did not reduce 28-day mortality.", "28-day mortality")]
    [InlineData("There was no significant difference in 28-day mortality between the groups.", "28-day mortality")]
    [InlineData("Mortality did not differ between the two groups.", "Mortality")]
    [InlineData("Heparin failed to improve organ function.", "organ function")]
    [InlineData("Heparin was not associated with mortality.", "mortality")]
    public void Negated_claim_is_a_claim_of_no_difference(string sentence, string outcome)
    {
        var claim = OnlyClaim(sentence);
        claim.Direction.ShouldBe("no-difference");
        claim.Outcome.ShouldBe(outcome);
        claim.IsNegated.ShouldBe(sentence.Contains("not", StringComparison.Ordinal) || sentence.Contains("no ", StringComparison.Ordinal) || sentence.Contains("failed", StringComparison.Ordinal));
        claim.IsBenefit.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Heparin reduced 28-day mortality.", "reduces", "28-day mortality", true)]
    [InlineData("Twenty-eight-day mortality was lower in the heparin group.", "reduces", "Twenty-eight-day mortality", true)]
    [InlineData("Heparin improved quality of life.", "improves", "quality of life", true)]
    [InlineData("Heparin increased survival at one year.", "increases", "survival", true)]
    [InlineData("Heparin increased major bleeding.", "increases", "major bleeding", false)]
    [InlineData("Heparin worsened renal function.", "worsens", "renal function", false)]
    public void Affirmed_claim_has_its_direction_outcome_and_benefit(string sentence, string direction, string outcome, bool benefit)
    {
        var claim = OnlyClaim(sentence);
        claim.Direction.ShouldBe(direction);
        claim.Outcome.ShouldBe(outcome);
        claim.IsNegated.ShouldBeFalse();
        claim.IsBenefit.ShouldBe(benefit);
    }

    [Fact]
    public void Claims_about_other_work_are_reported_and_the_studys_own_are_not()
    {
        var facts = Extracted.From(
            "Heparin in sepsis: a randomised trial",
            "Previous studies have shown that heparin reduces mortality in sepsis.",
            "We randomly assigned 300 patients with sepsis to heparin or placebo.",
            "In this trial, heparin reduced 28-day mortality.");
        var claims = facts.Of<ClaimFact>().ToList();
        claims.ShouldContain(c => c.Outcome == "mortality" && c.IsReported);
        claims.ShouldContain(c => c.Outcome == "28-day mortality" && !c.IsReported);
        facts.Of<ClaimSentenceFact>().ShouldContain(s => s.Quote.StartsWith("In this trial", StringComparison.Ordinal) && !s.IsReported);
    }

    [Fact]
    public void Our_results_agreeing_with_earlier_reports_stay_our_own()
    {
        var claim = OnlyClaim("Our results show that heparin reduced mortality, as previous studies have reported.");
        claim.IsReported.ShouldBeFalse();
    }

    [Fact]
    public void Claim_with_an_estimate_in_its_sentence_is_quantified()
    {
        var claim = OnlyClaim("Heparin reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92).");
        claim.IsQuantified.ShouldBeTrue();
        claim.QuantifiedBy.ShouldStartWith("RR 0.80");
    }

    [Fact]
    public void Bare_claim_is_not_quantified()
    {
        var claim = OnlyClaim("Heparin reduced 28-day mortality.");
        claim.IsQuantified.ShouldBeFalse();
        claim.QuantifiedBy.ShouldBeEmpty();
    }

    [Fact]
    public void Adjacent_number_quantifies_a_claim_only_when_it_concerns_the_same_outcome()
    {
        var same = Extracted.From(
            "Heparin in sepsis",
            "Mortality at 28 days was 20% in the heparin group and 31% in the placebo group (p = 0.02).",
            "Heparin therefore reduced mortality.");
        same.Of<ClaimFact>().Single(c => c.Quote.StartsWith("Heparin therefore", StringComparison.Ordinal)).IsQuantified.ShouldBeTrue();

        var other = Extracted.From(
            "Heparin in sepsis",
            "The stay in intensive care lasted 8 days with heparin and 9 days with placebo (p = 0.04).",
            "Heparin therefore reduced mortality.");
        other.Of<ClaimFact>().Single(c => c.Quote.StartsWith("Heparin therefore", StringComparison.Ordinal)).IsQuantified.ShouldBeFalse();
    }

    [Fact]
    public void Number_two_sentences_away_on_the_same_outcome_quantifies_only_elsewhere()
    {
        var facts = Extracted.From(
            "Heparin in sepsis",
            "Mortality at 28 days was 20% in the heparin group and 31% in the placebo group (p = 0.02).",
            "Bleeding was rare in both groups.",
            "Heparin therefore reduced mortality.");
        var claim = facts.Of<ClaimFact>().Single(c => c.Quote.StartsWith("Heparin therefore", StringComparison.Ordinal));
        claim.IsQuantified.ShouldBeFalse();
        claim.IsQuantifiedElsewhere.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Heparin reduced mortality.", "causal")]
    [InlineData("Heparin may reduce mortality.", "conditional-causal")]
    [InlineData("Heparin use was associated with lower mortality.", "associational")]
    [InlineData("These findings suggest that heparin reduces mortality.", "hedged")]
    public void Strength_follows_the_wording(string sentence, string strength)
    {
        Extracted.From("Heparin in sepsis", sentence).Of<ClaimFact>().ShouldAllBe(c => c.Strength == strength);
        Extracted.From("Heparin in sepsis", sentence).Of<ClaimFact>().ShouldNotBeEmpty();
    }

    [Fact]
    public void Comparator_and_intervention_are_named_where_the_sentence_names_them()
    {
        var claim = OnlyClaim("Heparin reduced 28-day mortality compared with placebo.");
        claim.Intervention.ShouldBe("Heparin");
        claim.Comparator.ShouldBe("placebo");
    }

    [Fact]
    public void Conclusion_is_a_claim_sentence_and_methods_and_background_are_not()
    {
        var facts = Extracted.From(
            "Heparin for adults with sepsis: a randomised trial",
            "Sepsis is a common cause of death in intensive care units.",
            "We randomly assigned 300 adults with sepsis to receive heparin or placebo for seven days.",
            "The primary outcome was mortality at 28 days.",
            "Mortality at 28 days was 20% with heparin and 31% with placebo (p = 0.02).",
            "These results suggest that heparin reduces mortality in adults with sepsis.");
        var claimSentences = facts.Of<ClaimSentenceFact>().Select(s => s.Quote).ToList();
        claimSentences.ShouldContain(q => q.StartsWith("These results suggest", StringComparison.Ordinal));
        claimSentences.ShouldNotContain(q => q.StartsWith("We randomly assigned", StringComparison.Ordinal));
        claimSentences.ShouldNotContain(q => q.StartsWith("Sepsis is a common", StringComparison.Ordinal));
        claimSentences.ShouldNotContain(q => q.StartsWith("The primary outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_decide_over_place()
    {
        var facts = Extracted.From(
            "Heparin for adults with sepsis",
            "METHODS: We show that heparin can be given safely by a new protocol.",
            "RESULTS: Mortality was 20% with heparin and 31% with placebo (p = 0.02).",
            "CONCLUSIONS: Heparin reduces mortality in adults with sepsis.",
            "TRIAL REGISTRATION: NCT01234567.");
        var claimSentences = facts.Of<ClaimSentenceFact>().Select(s => s.Quote).ToList();
        claimSentences.ShouldContain("Heparin reduces mortality in adults with sepsis.");
        claimSentences.ShouldNotContain(q => q.Contains("new protocol", StringComparison.Ordinal));
    }

    [Fact]
    public void Description_of_the_paper_is_not_a_claim_even_at_the_end()
    {
        var facts = Extracted.From(
            "Heparin in sepsis: a review",
            "Heparin is an anticoagulant with anti-inflammatory properties.",
            "Its use in sepsis has been studied in several trials.",
            "The implications of these trials for practice are discussed.");
        facts.Of<ClaimSentenceFact>().ShouldNotContain(s => s.Quote.Contains("are discussed", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_yields_its_three_reported_unquantified_benefit_claims()
    {
        var claims = Extracted.Seed.Of<ClaimFact>().ToList();
        claims.Select(c => c.Outcome).ShouldBe(["incidence of DIC", "microcirculation and MODS", "28-day mortality"]);
        claims.ShouldAllBe(c => c.IsBenefit && !c.IsQuantified && c.IsReported && c.Intervention == "heparin");
    }
}
