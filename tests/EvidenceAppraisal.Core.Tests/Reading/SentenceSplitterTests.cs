using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Abbreviations_decimals_and_initials_do_not_end_sentences()
    {
        Split("Mortality fell (e.g. at 28 days, p = 0.03). Smith J. et al. agreed vs. placebo. The end.")
            .ShouldBe(["Mortality fell (e.g. at 28 days, p = 0.03).", "Smith J. et al. agreed vs. placebo.", "The end."]);
    }

    [Fact]
    public void A_full_stop_inside_brackets_does_not_split()
    {
        Split("Risk fell (RR 0.8. 95% CI 0.7 to 0.9). Next sentence.").Count.ShouldBe(2);
    }

    [Fact]
    public void Lower_case_after_a_stop_continues_the_sentence()
    {
        Split("Doses of 2.5 mg. were given. Then it ended.").ShouldBe(["Doses of 2.5 mg. were given.", "Then it ended."]);
    }

    [Fact]
    public void A_bracket_that_is_never_closed_does_not_swallow_the_rest()
    {
        Split("Women took extract (250 mg or placebo for 12 weeks. Weight was measured monthly. Fat mass fell.")
            .ShouldBe(["Women took extract (250 mg or placebo for 12 weeks.", "Weight was measured monthly.", "Fat mass fell."]);
    }

    [Fact]
    public void A_letter_naming_a_group_ends_a_sentence()
    {
        Split("Students were taught in group B. The others attended lectures. Dr J. Smith taught both.")
            .ShouldBe(["Students were taught in group B.", "The others attended lectures.", "Dr J. Smith taught both."]);
    }

    [Fact]
    public void A_unit_ends_a_sentence_before_a_capital_but_not_before_a_number()
    {
        Split("Blood was drawn at 0, 30 and 60 min. Between samples, a meal was eaten. Doses were max. 40 mg daily.")
            .ShouldBe(["Blood was drawn at 0, 30 and 60 min.", "Between samples, a meal was eaten.", "Doses were max. 40 mg daily."]);
    }

    [Fact]
    public void Dosing_abbreviations_do_not_end_sentences()
    {
        Split("Patients took indacaterol 150 μg o.d. (n = 211) or placebo. All completed.")
            .ShouldBe(["Patients took indacaterol 150 μg o.d. (n = 211) or placebo.", "All completed."]);
    }
}
