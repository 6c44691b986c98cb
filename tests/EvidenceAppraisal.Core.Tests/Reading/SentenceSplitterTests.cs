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
}
