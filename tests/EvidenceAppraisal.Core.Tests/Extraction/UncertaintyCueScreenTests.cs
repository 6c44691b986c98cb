using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>
/// The word screens of the doubt and hedge patterns are promises: whenever a pattern matches, one of its words is in
/// the sentence. A broken promise would silently drop a hedge, limitation or call for research, so every alternative
/// of every screened pattern is tried here on a sentence it matches (as written and in upper case).
/// </summary>
public class UncertaintyCueScreenTests
{
    private static readonly Dictionary<string, Cue> Cues = new()
    {
        ["Controversy"] = DoubtCues.ControversyCue,
        ["OpenQuestion"] = DoubtCues.OpenQuestionCue,
        ["FurtherResearch"] = DoubtCues.FurtherResearchCue,
        ["Limitation"] = DoubtCues.LimitationCue,
        ["Hedge"] = HedgeCues.Screened,
    };

    // One line per alternative of each pattern, written for this test.
    private static readonly (string Cue, string[] Texts)[] Samples =
    [
        ("Controversy", [
            "There is controversy about heparin.", "There are some controversies.", "There remains much debate.", "There remain disagreement.",
            "There has been debate.", "There have been long running controversies.", "Heparin is controversial.", "The controversy goes on.",
            "It remains debated.", "It remain debated.", "It is still debated.", "It is widely debated.", "Hotly debated issue.", "Much debated.",
            "Often debated.", "Long debated.", "Highly debated.", "It is a matter of debate.", "Matter of controversy.", "It is the subject of debate.",
            "A subject of controversy.", "Conflicting evidence.", "Conflicting results.", "Conflicting findings.", "Conflicting data.",
            "Conflicting reports.", "Conflicting opinions.", "Conflicting views.", "Inconsistent results.", "Inconsistent findings.",
            "Inconsistent evidence.", "Inconsistent data.", "Contradictory results.", "Contradictory findings.", "Contradictory evidence.",
            "Contradictory data.", "Contradictory reports.", "There is no consensus.", "A lack of consensus.", "Without consensus.", "It is disputed.",
            "A contentious issue."]),
        ("OpenQuestion", [
            "Its role is unclear.", "It is still uncertain.", "They are largely unknown.", "It remains unresolved.", "It remain currently inconclusive.",
            "It was so far poorly understood.", "They were as yet not understood.", "It is not well known.", "It is not fully established.",
            "It is not completely clear.", "Little is known about it.", "It remains to be determined.", "It remain to be established.",
            "It has yet to be clarified.", "It remains to be elucidated.", "It remains to be resolved.", "It remains to be defined."]),
        ("FurtherResearch", [
            "Further studies are needed.", "More research is required.", "Additional trials are warranted.", "Larger investigations are necessary.",
            "Future investigation is justified.", "Well-designed randomised trials are called for.", "Well designed studies should follow.",
            "High-quality work would be needed.", "High quality evidence is needed.", "Prospective data will be needed.", "Randomized evaluation is needed.",
            "Multicenter trials are needed.", "Multicentre studies are needed.", "Long-term data are needed.", "Long term studies are urgently needed.",
            "Further large multicentre randomised studies are needed.", "It needs further study, and it needs to be further defined.",
            "It needs further studied.", "It need to be further investigated.", "It needs further discussed.", "It needs further explored.",
            "It needs further clarified.", "It needs further evaluated.", "It needs further confirmed.", "They need to be confirmed.",
            "They need validated.", "They need to be verified.", "They need replicated.", "It warrants further study.", "It warrant further study.",
            "It warrants furthermore a look.", "It merits further study.", "It merit further work.", "It deserves further study.",
            "It deserve further work.", "It should be confirmed in larger trials.", "It must be validated by further work.",
            "It need to be verified with future studies.", "It should be replicated in prospective cohorts.", "It should be investigated in randomised trials.",
            "It should be explored in randomized trials.", "It should be evaluated in other settings.", "It should be confirmed in many larger trials.",
            "It remains to be determined.", "It remain to be established.", "It remains to be clarified.", "It remains to be confirmed.",
            "It remains to be elucidated.", "It remains to be proven.", "It remains to be seen."]),
        ("Limitation", [
            "Limitations of this study include its size.", "A limitation of our trial was size.", "Limitation of the present analysis.",
            "Limitations of the current review.", "Limitations of this work.", "Limitations include size.", "Limitations included size.",
            "Limitation includes size.", "Limitations are several.", "Limitations were several.", "The limitation was size.", "The limitation is size.",
            "This study has limitations.", "Our trial had some limitations.", "The present analysis is subject to several important limitations.",
            "The current review was subject to limitations.", "This work has a limitation.", "It is limited by size.", "It was limited by size.",
            "They were limited by size.", "They are limited by size.", "The main limitation.", "Major limitations.", "A key limitation.",
            "An important limitation.", "Potential limitations.", "Several limitations.", "Some limitations.", "Certain limitations.",
            "A limitation.", "Limited by the small size.", "Limited by its retrospective design.", "Limited by a short time.", "Limited by our lack of data.",
            "Limited by single centre.", "A small sample.", "A limited sample.", "A modest sample.", "A small number of patients.",
            "A limited number of participants.", "A modest number of subjects.", "Short follow-up.", "Short duration of follow-up.",
            "Results should be interpreted with caution.", "They must be interpreted with caution.", "Caution is needed.", "Caution is warranted.",
            "Caution is required.", "We interpret these results with caution.", "Interpreted our findings cautiously.", "Interpret results with caution."]),
        ("Hedge", [
            "It may help.", "It might help.", "It could help.", "It would help.", "It is possible.", "It possibly helps.", "A possibility.",
            "Perhaps it helps.", "It is likely.", "It is unlikely.", "It is probable.", "It probably helps.", "It is presumable.", "It presumably helps.",
            "A putative role.", "A potential role.", "It potentially helps.", "It is plausible.", "It plausibly helps.", "It is conceivable.",
            "It conceivably helps.", "A certain effect.", "To some extent it helps.", "It suggests a gain.", "It suggest a gain.", "Suggestive data.",
            "It indicate a gain.", "It indicates a gain.", "It indicated a gain.", "Indicating a gain.", "It appear to help.", "It appears to help.",
            "It appeared to help.", "It seem to help.", "It seems to help.", "It seemed to help.", "It imply a gain.", "It implies a gain.",
            "It implied a gain.", "Evidence that it helps.", "Evidence for a gain.", "Evidence of a gain.", "Our hypothesis.", "We hypothesised so.",
            "We hypothesized so.", "The hypotheses.", "We postulate so.", "We speculated so.", "We propose so.", "We believe so.", "We think so.",
            "Whether it helps.", "It can help.", "It is able to help.", "It is capable of helping.", "It is unable to help."]),
    ];

    public static TheoryData<string, string> Matches() => CueScreens.Rows(Samples);

    [Theory]
    [MemberData(nameof(Matches))]
    public void When_a_doubt_or_hedge_pattern_matches_its_screen_admits_the_sentence(string cue, string text)
    {
        CueScreens.ShouldAdmit(cue, Cues[cue], text);
    }

    [Fact]
    public void Every_screened_uncertainty_pattern_has_samples()
    {
        Samples.Select(s => s.Cue).ShouldBe(Cues.Keys, ignoreOrder: true);
    }

    [Fact]
    public void A_sentence_without_the_words_skips_every_pattern()
    {
        var mask = DoubtCues.Set.Scan("Mortality fell from 31% to 20%.");
        foreach (var cue in new[] { DoubtCues.ControversyCue, DoubtCues.OpenQuestionCue, DoubtCues.FurtherResearchCue, DoubtCues.LimitationCue })
        {
            cue.MayMatch(mask).ShouldBeFalse();
        }

        HedgeCues.Screened.MayMatch(HedgeCues.Set.Scan("Mortality fell from 31% to 20%.")).ShouldBeFalse();
    }
}
