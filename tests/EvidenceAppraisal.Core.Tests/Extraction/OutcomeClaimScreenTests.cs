using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>
/// The outcome-claim parser reads a sentence only when the direction words' screen admits it, and the claim scorer
/// runs its measurement pattern only where a digit, "CI", "±" or "(" stands: both are promises about their patterns,
/// tried here on every alternative.
/// </summary>
public class OutcomeClaimScreenTests
{
    // One line per alternative (and inflection) of the direction-word pattern, written for this test.
    private static readonly (string Cue, string[] Texts)[] Samples =
    [
        ("Direction", [
            "Heparin reduce mortality.", "It reduces X.", "It reduced X.", "Reducing X.", "A reduction in X.", "Reductions in X.", "Decrease X.",
            "It decreases X.", "It decreased X.", "Decreasing X.", "It lowers X.", "It lowered X.", "Lowering X.", "Lower X.", "Prevent X.", "It prevents X.",
            "It prevented X.", "Preventing X.", "Attenuate X.", "It attenuates X.", "It attenuated X.", "Attenuating X.", "Alleviate X.", "It alleviates X.",
            "It alleviated X.", "Alleviating X.", "Shorten X.", "It shortens X.", "It shortened X.", "Shortening X.", "Fewer deaths.", "Increase X.",
            "It increases X.", "It increased X.", "Increasing X.", "Raise X.", "It raises X.", "It raised X.", "Raising X.", "Prolong X.", "It prolongs X.",
            "It prolonged X.", "Prolonging X.", "Higher X.", "Greater X.", "Longer X.", "Improve X.", "It improves X.", "It improved X.", "Improving X.",
            "An improvement in X.", "Improvements in X.", "Enhance X.", "It enhances X.", "It enhanced X.", "Enhancing X.", "Benefit X.", "It benefits X.",
            "It benefited X.", "Better X.", "Worsen X.", "It worsens X.", "It worsened X.", "Worsening X.", "Impair X.", "It impairs X.", "It impaired X.",
            "Exacerbate X.", "It exacerbates X.", "It exacerbated X.", "Exacerbating X.", "Aggravate X.", "It aggravates X.", "It aggravated X.",
            "Aggravating X.", "Worse X.", "It was associated with X.", "They were associated with X.", "It is associated with X.", "They are associated with X.",
            "It may be associated with X.", "It has been associated with X.", "Associated with X.", "Differ in X.", "It differs in X.", "It differed in X.",
            "Different X.", "A difference in X.", "Differences in X.", "Similar X.", "Comparable X.", "Mixed results.", "Mixed effects.", "Mixed findings.",
            "Mixed evidence.", "Mixed outcomes."]),
    ];

    public static TheoryData<string, string> Matches() => CueScreens.Rows(Samples);

    [Theory]
    [MemberData(nameof(Matches))]
    public void When_a_direction_word_matches_the_screen_admits_the_sentence(string cue, string text)
    {
        CueScreens.ShouldAdmit(cue, OutcomeClaimParser.DirectionCue, text);
    }

    [Fact]
    public void A_sentence_without_a_direction_word_is_not_parsed_and_has_no_claims()
    {
        const string text = "Patients were enrolled in 12 centres from 2010 onwards.";
        OutcomeClaimParser.DirectionCue.MayMatch(OutcomeClaimParser.Set.Scan(text)).ShouldBeFalse();
        OutcomeClaimParser.Parse(text, ulong.MaxValue).ShouldBeEmpty();
    }

    [Fact]
    public void Screened_parse_gives_the_claims_of_the_unscreened_one()
    {
        const string text = "Heparin did not reduce 28-day mortality but was associated with higher rates of bleeding.";
        var screened = OutcomeClaimParser.Parse(text, OutcomeClaimParser.Set.Scan(text)).ToList();
        screened.ShouldBe(OutcomeClaimParser.Parse(text, ulong.MaxValue).ToList());
        screened.Select(c => c.Direction).ShouldContain("no-difference");
    }

    [Theory]
    [InlineData("Mortality was 20%.")]
    [InlineData("It fell (n = 40).")]
    [InlineData("The 95% CI was wide.")]
    [InlineData("The CI was wide.")]
    [InlineData("Values were ± small.")]
    [InlineData("Values in ( n=3 ) mice.")]
    [InlineData("OR = 2 overall.")]
    [InlineData("P < .05 overall.")]
    [InlineData("In 3/4 cases.")]
    [InlineData("It lasted 3 weeks.")]
    public void The_measurement_precheck_lets_every_alternative_through(string text)
    {
        ClaimCues.Measurement().IsMatch(text).ShouldBeTrue("the sample must match the pattern to test the pre-check");
        ClaimCues.IsMeasurement(text, ClaimCues.Digit().IsMatch(text)).ShouldBeTrue();
    }
}
