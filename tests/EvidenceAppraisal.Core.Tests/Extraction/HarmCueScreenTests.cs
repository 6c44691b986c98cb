using EvidenceAppraisal.Extraction.Harms;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>The safety words' screen is a promise about <see cref="HarmCues.General"/>: every alternative of it is tried here.</summary>
public class HarmCueScreenTests
{
    // One line per alternative of the pattern, written for this test.
    private static readonly (string Cue, string[] Texts)[] Samples =
    [
        ("General", [
            "Adverse events were rare.", "An adverse event.", "Serious adverse effects.", "Severe adverse effect.", "Major adverse drug reactions.",
            "Minor adverse reaction.", "Drug-related adverse outcomes.", "Drug related adverse outcome.", "Treatment-related side effects.",
            "Treatment related side-effect.", "Treatment-emergent toxicity.", "Treatment emergent toxicities.", "Complications were rare.",
            "A complication.", "Side effects were rare.", "SAEs were rare.", "An SAE occurred.", "AEs were rare.", "An AE occurred.", "It was safe.",
            "Its safety.", "It was safely given.", "It was unsafe.", "Unsafety was noted.", "It was unsafely given.", "It was well tolerated.",
            "It was well-tolerated.", "Its tolerability.", "It was tolerable.", "It was tolerated.", "No harm.", "Harms were rare.", "It was harmful."]),
    ];

    public static TheoryData<string, string> Matches() => CueScreens.Rows(Samples);

    [Theory]
    [MemberData(nameof(Matches))]
    public void When_the_safety_pattern_matches_its_screen_admits_the_sentence(string cue, string text)
    {
        CueScreens.ShouldAdmit(cue, HarmCues.GeneralCue, text);
    }

    [Fact]
    public void A_sentence_without_safety_words_skips_the_pattern()
    {
        HarmCues.GeneralCue.MayMatch(HarmCues.Set.Scan("Mortality fell from 31% to 20%.")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("heparin", "anticoagulant")]
    [InlineData("low-dose aspirin", "antiplatelet")]
    [InlineData("heparin-based regimen", "anticoagulant")]
    [InlineData("Hydroxyethyl starch", "hydroxyethyl starch")]
    public void A_member_named_as_a_word_or_beside_a_hyphen_finds_its_class(string intervention, string expected)
    {
        PrincipalHarms.For(intervention).ShouldNotBeNull().Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("heparinoid")]
    [InlineData("placebo")]
    public void A_name_inside_another_word_or_none_finds_no_class(string intervention)
    {
        PrincipalHarms.For(intervention).ShouldBeNull();
    }
}
