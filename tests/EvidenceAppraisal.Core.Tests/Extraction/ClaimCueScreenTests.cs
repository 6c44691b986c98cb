using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>
/// The word screens of the claim cues are promises about their patterns: whenever a pattern matches, one of its
/// words is in the sentence. A broken promise would silently drop a cue, so every alternative of every screened
/// pattern is tried here on a sentence that it matches (upper case, at the start, after punctuation, as a prefix).
/// </summary>
public class ClaimCueScreenTests
{
    private static readonly Dictionary<string, Cue> Cues = new()
    {
        ["ConclusionMarker"] = ClaimCues.ConclusionMarkerCue,
        ["ConclusionSubject"] = ClaimCues.ConclusionSubjectCue,
        ["SummingUp"] = ClaimCues.SummingUpCue,
        ["AuthorsAssert"] = ClaimCues.AuthorsAssertCue,
        ["HereWe"] = ClaimCues.HereWeCue,
        ["Consequence"] = ClaimCues.ConsequenceCue,
        ["ProjectedConsequence"] = ClaimCues.ProjectedConsequenceCue,
        ["Speculative"] = ClaimCues.SpeculativeCue,
        ["ThatClause"] = ClaimCues.ThatClauseCue,
        ["Interpretation"] = ClaimCues.InterpretationCue,
        ["GeneralPresent"] = ClaimCues.GeneralPresentCue,
        ["FirstPerson"] = ClaimCues.FirstPersonCue,
        ["StartsWithWe"] = ClaimCues.StartsWithWeCue,
        ["Procedure"] = ClaimCues.ProcedureCue,
        ["Aim"] = ClaimCues.AimCue,
        ["PaperDescription"] = ClaimCues.PaperDescriptionCue,
        ["Known"] = ClaimCues.KnownCue,
        ["PastObservation"] = ClaimCues.PastObservationCue,
        ["MetaDiscourse"] = ClaimCues.MetaDiscourseCue,
        ["Furniture"] = ClaimCues.FurnitureCue,
        ["ReportedWork"] = ClaimCues.ReportedWorkCue,
    };

    // One line per alternative of each pattern (several where its forms differ), written for this test.
    private static readonly (string Cue, string[] Texts)[] Samples =
    [
        ("ConclusionMarker", [
            "In conclusion, heparin helps.", "We conclude it works.", "To conclude: yes.", "Conclusions: heparin helps.", "CONCLUSION heparin helps.",
            "Conclusions:heparin", "Taken together, these data", "Together, they help.", "Collectively, they help.", "Altogether it helps.",
            "In summary, it helps.", "To summarise, it helps.", "To summarize, it helps.", "In sum, it helps.", "Overall, it helps.", "Thus it helps.",
            "Hence it helps.", "Therefore, it helps.", "Consequently it helps.", "Accordingly, it helps.", "These results favour heparin.",
            "In short, it helps.", "Finally, we show a gain.", "Finally, we conclude so.", "Finally, we propose a model.", "Finally, we suggest a dose.",
            "The data, in conclusion, favour it.", "Here (we conclude) it helps.", "All in all, taken together, it helps."]),
        ("ConclusionSubject", [
            "These results suggest a gain.", "Our findings indicate benefit.", "The present study shows benefit.", "These present data show it.",
            "This work demonstrates it.", "The trial has ended.", "Such observations support it.", "Both studies reveal it.",
            "All experiments confirm it.", "Together, these analyses provide support.", "Together these investigations highlight it.",
            "Collectively, these analysis add weight.", "Collectively these experiment results are clear.", "The current approach may help.",
            "The above model might help.", "Our new evidence could help.", "This simple method can help.", "This strategy should help.",
            "This framework will help.", "This survey would help.", "This review is timely.", "This paper are two.", "This report was late.",
            "This system were fine.", "This technique represents progress.", "This tool defines a class.", "This platform allows tests.",
            "Our result enables work.", "Our finding helps.", "Our observation improves care.", "This investigation constitutes proof.",
            "This study paves the way.", "The data taken as a whole imply a gain.", "These data implies a gain.", "This study identifies targets.",
            "This study points to X.", "The study argues for X.", "The study raises doubts.", "The study opens a way.", "The study uncovers X.",
            "The study underscores X.", "The study offers X.", "The study presents X.", "The study adds X.", "The study expands X.",
            "The study sheds light.", "The study lends support.", "The study emphasises X.", "The study emphasizes X.", "The study calls for X.",
            "The study extends X.", "The study contributes X.", "The study has X.", "The study may X.", "The study could X.", "The study was X.",
            "The study establishes X.", "The study experiments were X."]),
        ("SummingUp", [
            "This suggests a gain.", "These indicate a gain.", "Such a finding implies much.", "That observation implying much.",
            "It shows benefit.", "Which demonstrates benefit.", "This reveals X.", "This supports X.", "This highlights X.", "This provides X.",
            "This raises X.", "This calls for X.", "This opens X.", "This represents X.", "This may X.", "These might X.", "This could X.",
            "It is likely that X.", "THIS SUGGESTS X."]),
        ("AuthorsAssert", [
            "We propose X.", "Here we show X.", "We here demonstrate X.", "We now report that X.", "We also found X.", "We further find X.",
            "We thus identify X.", "We therefore conclude X.", "We therefore, suggest X.", "We hence postulate X.", "We first speculate X.",
            "We thereby argue X.", "We additionally establish X.", "We finally reveal X.", "We identified X.", "We provide evidence X.",
            "We provide the first X.", "We provide a X.", "We provide new X.", "We uncover X.", "We discover X.", "We observed that X.",
            "We believe X.", "We hypothesise that X.", "We hypothesize that X.", "We infer X.", "We predict X.", "(we found X)"]),
        ("HereWe", [
            "Here we show X.", "Herein, we demonstrate X.", "In this study, we report X.", "In this work we identify X.", "In this paper, we provide X.",
            "In this report we reveal X.", "Here, we find X.", "Here we establish X.", "Here we uncover X.", "Here we describe X."]),
        ("Consequence", [
            "It has implications.", "An implication follows.", "A potential target.", "A potentially useful therapeutic.", "Potential new biomarker.",
            "A potential marker.", "A potential tool.", "Potential strategy.", "A potential treatment.", "Potential application.", "A potential candidate.",
            "Potential use.", "A novel therapeutic.", "A novel target.", "A novel strategy.", "A novel approach.", "A novel insight.", "A novel mechanism.",
            "A novel role.", "A novel function.", "A key role.", "An important role.", "Critical roles.", "Crucial role.", "Central role.",
            "A pivotal role.", "Essential roles.", "A major role.", "A new role.", "A dual role.", "A protective role.", "A causal role.",
            "It plays a part.", "They play an important part.", "New insights.", "An insight.", "A new avenue.", "Promising.", "Useful.",
            "Valuable.", "Feasible.", "Effective.", "Efficient.", "Superior.", "Robust.", "Reliable.", "Beneficial.", "Important for X.",
            "Essential for X.", "Required for X.", "Necessary for X.", "Critical for X.", "Responsible for X.", "The first study.",
            "For the first time.", "A basis for X.", "A framework.", "A mechanism.", "Mechanisms by which X.", "The mechanism by which X.",
            "It contributes to X.", "They contribute to X.", "It may underlie X.", "The underlying cause.", "Evidence for X.", "Evidence that X.",
            "They support the view.", "Support a role.", "Support for X.", "Consistent with X.", "In line with X.", "Data indicate that X.",
            "It indicates that X.", "Indicating that X.", "Suggest that X.", "It suggests that X.", "Suggesting that X.", "Demonstrate that X.",
            "It demonstrates that X.", "Demonstrating that X.", "Show that X.", "It shows that X.", "Reveal that X.", "It reveals that X.",
            "Confirm that X.", "It confirms that X."]),
        ("ProjectedConsequence", [
            "It may be useful.", "It might have effects.", "It could serve.", "It would provide X.", "It should represent X.", "It can contribute.",
            "It may offer X.", "It could help.", "It may lead to X.", "It may play a part.", "It may become X.", "It may open X.",
            "It may facilitate X.", "It may aid X.", "It may allow X.", "It may enable X.", "It may improve X.", "It may explain X.",
            "It may underlie X.", "It may account for X.", "It may constitute X.", "It may prove X.", "It may pave X.", "It may benefit X.",
            "It may prevent X.", "It may reduce X.", "It may increase X.", "It may therefore be X."]),
        ("Speculative", [
            "It may.", "It might.", "It could.", "Possibly so.", "Likely so.", "It suggest.", "It suggests.", "Suggesting so.", "It appear to.",
            "It appears to.", "It seem to.", "It seems to.", "A potential gain.", "Potentially so."]),
        ("ThatClause", [
            "We show that X.", "It shows that X.", "We showed that X.", "It was shown that X.", "We demonstrated that X.", "Demonstrations that X.",
            "We revealed that X.", "Indicating that X.", "Suggestions that X.", "We find that X.", "We found here that X.", "We established that X.",
            "We confirmed that X.", "We concluded that X.", "We proposed that X.", "These imply that X.", "It implies that X.", "It implied that X."]),
        ("Interpretation", [
            "X fell, suggesting Y.", "X fell,indicating Y.", "X fell, thus implying Y.", "X fell, thereby demonstrating Y.", "X fell, which showing Y.",
            "X fell, revealing Y.", "X fell, supporting Y.", "X fell, highlighting Y.", "X fell, confirming Y.", "X fell, pointing to Y."]),
        ("GeneralPresent", [
            "X is Y.", "X are Y.", "X play Y.", "X plays Y.", "X act Y.", "X acts Y.", "X function Y.", "X functions Y.", "X serve Y.", "X serves Y.",
            "X regulate Y.", "X regulates Y.", "X mediate Y.", "X mediates Y.", "X control Y.", "X controls Y.", "X require Y.", "X requires Y.",
            "X depend Y.", "X depends Y.", "X contribute Y.", "X contributes Y.", "X represent Y.", "X represents Y.", "X provide Y.", "X provides Y.",
            "X offer Y.", "X offers Y.", "X enable Y.", "X enables Y.", "X allow Y.", "X allows Y."]),
        ("FirstPerson", ["We did.", "In our data.", "(our) data", "OUR data"]),
        ("StartsWithWe", ["We did.", "Here we did.", "Here, we did.", "Herein we did.", "In this study, we did.", "In this work we did.", "In this paper,  we did."]),
        ("Procedure", [
            "X was measured.", "X were assessed.", "X is performed.", "X are used.", "X been collected.", "X was analysed.", "X was analyzed.",
            "X was carefully examined.", "X were evaluated.", "X were compared.", "X were recruited.", "X were randomised.", "X were randomized.",
            "X were enrolled.", "X were included.", "X was obtained.", "X was determined.", "X was calculated.", "X was estimated.", "X was tested.",
            "X was investigated.", "X was conducted.", "X was carried out.", "X was recorded.", "X was administered.", "X were treated.",
            "X were injected.", "X were exposed.", "X were divided.", "X were assigned.", "X were followed.", "X were identified.", "X were screened.",
            "X were selected.", "X were incubated.", "X was prepared.", "X was synthesised.", "X was synthesized.", "X was characterised.",
            "X was characterized.", "X was applied.", "X was employed.", "X was extracted.", "X was isolated.", "X was quantified.", "X was monitored.",
            "X was scored.", "X was constructed.", "X was developed.", "X was designed.", "X was implemented.", "X was modeled.", "X was modelled.",
            "X was simulated.", "X was sequenced.", "X were genotyped.", "X were interviewed.", "X were surveyed.", "X were reviewed.", "X were searched.",
            "X were studied.", "We used X.", "We performed X.", "We measured X.", "We analysed X.", "We retrospectively did X.", "We then did X.",
            "We also used X.", "We here use X.", "We describe X.", "We report a X.", "We report the X.", "We summarise X.", "We set out X.",
            "We provide an overview.", "We provide a review.", "We provide an update."]),
        ("Aim", [
            "Our aim.", "Its aims.", "We aimed.", "The objective.", "Objectives:", "The purpose.", "The goal.", "To determine X.", "To investigate X.",
            "To assess X.", "To evaluate X.", "To examine X.", "To explore X.", "To compare X.", "To identify X.", "To characterise X.", "To characterize X.",
            "To study X.", "To test X.", "To understand X.", "To elucidate X.", "To clarify X.", "To address X.", "We hypothesised X.", "We hypothesized X.",
            "We asked X.", "We sought X.", "We wanted X.", "We wished X.", "It was to X.", "It was designed X.", "Whether X."]),
        ("PaperDescription", [
            "X is discussed.", "X are also reviewed.", "X were described.", "X will be presented.", "X are briefly summarised.", "X are summarized.",
            "X is outlined.", "X is highlighted.", "X is considered.", "X is proposed.", "X is introduced.", "X is provided.", "X is addressed.",
            "X is discussedly.", "This article is part of X.", "This review discusses X.", "This chapter reviews X.", "This paper describes X.",
            "This paper summarizes X.", "This paper provides X.", "This paper focuses X.", "This paper highlights X.", "A special issue.",
            "In this review.", "We review X.", "We reviewed X.", "Review the data.", "Review recent data.", "Review current data.", "X© 2020",
            "Copyright 2020", "Copyrighted", "Availability: X", "Availabilityx", "See http://x", "See https://x", "See www.x", "Supplementary X",
            "A case of X.", "We report a X.", "X is reported.", "X are reported."]),
        ("Known", [
            "X has been Y.", "X have been Y.", "X is known.", "X are known.", "X remain unclear.", "X remains unknown.", "X remains poorly Y.",
            "Little is known.", "X is poorly understood.", "X is not well understood.", "Recent Y.", "Recently Y.", "Previous Y.", "Previously Y.",
            "However, the Y.", "X is a common Y.", "X is a major Y.", "X is a leading Y.", "X are common.", "X are widely Y.", "X is widely Y."]),
        ("PastObservation", [
            "X was.", "X were.", "X had.", "X showed.", "X increased.", "X decreased.", "X reduced.", "X induced.", "X observed.", "X detected.",
            "X found.", "X exhibited.", "X displayed.", "X resulted.", "X led.", "X did.", "X produced.", "X caused."]),
        ("MetaDiscourse", [
            "X is discussed.", "X are also reviewed.", "X were summarised.", "X will be summarized.", "X be outlined.", "X is critically elaborated.",
            "X is here introduced.", "We discuss X.", "We discussed X.", "This review will review X.", "This article summarises X.",
            "This chapter summarizes X.", "This paper describes X.", "This perspective outlines X.", "This commentary overviews X.",
            "This overview highlights X.", "This editorial focuses X.", "This report aims X.", "The review aim X.", "The article presents X.",
            "The chapter provide an overview.", "The paper provide a summary.", "We provide update.", "We provide review.", "We provide discussion.",
            "We provide framework.", "We provide perspective.", "We introduce X.", "We consider X.", "We address X.", "We explore X.",
            "We propose a framework.", "We propose a model.", "We will also then discuss X.", "A special issue.", "AVAILABILITY here", "See CONTACT x",
            "See http://x", "See https://x", "See www.x", "© X", "Copyright X", "All rights reserved.", "Supplementary data.", "Supplementary information.",
            "Supplementary material.", "Registered at X.", "Registered with X.", "Registered as X.", "Trial registration X.", "We report a case.",
            "It presents an patient.", "It describes the rare X.", "In closing, X.", "We conclude with X."]),
        ("Furniture", [
            "© X", "Copyright X", "All rights reserved.", "AVAILABILITY X", "CONTACT X", "See http://x", "See https://x", "See www.x",
            "A special issue.", "Registered at X.", "Registered with X.", "Registered as X.", "Trial registration X.", "Supplementary data.",
            "Supplementary information.", "Supplementary material."]),
        ("ReportedWork", [
            "Studies have found X.", "Trials has shown X.", "Reports had reported X.", "Research have demonstrated X.", "Investigations have suggested X.",
            "Literature has indicated X.", "Work has revealed X.", "Observations have established X.", "Other studies in mice have recently documented X.",
            "Studies have proposed X.", "Studies have implicated X.", "Studies have showed X.", "X has been shown.", "X have also been reported.",
            "X has previously been found.", "X has recently been demonstrated.", "X has been widely suggested.", "X has been proposed.",
            "X has been implicated.", "X has been described.", "X has been documented.", "Previous studies.", "Previously reports.", "Prior trials.",
            "Earlier research.", "Past work.", "Previous investigations.", "Previous findings.", "Previous literature.", "It is known.",
            "It is well accepted.", "It is widely established.", "It is generally believed.", "It is recognised.", "It is recognized.",
            "X is thought to Y.", "X are widely believed to Y.", "X is generally known to Y.", "X is commonly considered to Y.", "X is assumed to Y.",
            "Smith et al. found X.", "Smith et al, showed X.", "Smith et al (2001) have shown X.", "Smith et al reported X.", "Smith et al demonstrated X.",
            "Smith et al suggested X.", "Reportedly X.", "X were reported to Y.", "According to the literature.", "According to previous X."]),
    ];

    public static TheoryData<string, string> Matches() => CueScreens.Rows(Samples);

    [Theory]
    [MemberData(nameof(Matches))]
    public void When_a_claim_pattern_matches_its_screen_admits_the_sentence(string cue, string text)
    {
        CueScreens.ShouldAdmit(cue, Cues[cue], text);

        // All cues of the sentence together: screened as the scorer reads them, and with every pattern tried.
        ClaimSentenceScorer.SentenceCues.Of(text, ClaimCues.Set.Scan(text)).ShouldBe(ClaimSentenceScorer.SentenceCues.Of(text, ulong.MaxValue));
    }

    [Fact]
    public void Every_screened_claim_cue_has_samples()
    {
        Samples.Select(s => s.Cue).ShouldBe(Cues.Keys, ignoreOrder: true);
    }

    [Fact]
    public void A_sentence_without_the_words_skips_the_pattern()
    {
        // A results sentence in none of these families: the screen alone rules the patterns out.
        var mask = ClaimCues.Set.Scan("Mortality fell from 31% to 20%.");
        foreach (var cue in new[] { ClaimCues.ConclusionMarkerCue, ClaimCues.AuthorsAssertCue, ClaimCues.ThatClauseCue, ClaimCues.MetaDiscourseCue, ClaimCues.FurnitureCue, ClaimCues.ReportedWorkCue })
        {
            cue.MayMatch(mask).ShouldBeFalse();
        }
    }

    [Fact]
    public void Scores_are_the_same_with_the_screen_as_with_every_pattern_tried()
    {
        var text = "Taken together, these results suggest that heparin may reduce mortality, indicating a potential role for it.";
        ClaimSentenceScorer.SentenceCues.Of(text, ClaimCues.Set.Scan(text)).ShouldBe(ClaimSentenceScorer.SentenceCues.Of(text, ulong.MaxValue));
    }
}
