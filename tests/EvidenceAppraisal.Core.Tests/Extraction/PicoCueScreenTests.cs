using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Pico;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>
/// The word screens of the PICO patterns are promises: whenever a pattern matches, one of its words is in the text.
/// A broken promise would silently lose an intervention, condition, comparator or outcome, so every alternative of
/// every screened pattern is tried here on a text it matches (as written, in upper case, at the start, after punctuation).
/// </summary>
public class PicoCueScreenTests
{
    private static readonly Dictionary<string, Cue> Cues = new()
    {
        ["Versus"] = PicoPatterns.VersusCue,
        ["Comparing"] = PicoPatterns.ComparingCue,
        ["EffectOf"] = PicoPatterns.EffectOfCue,
        ["TreatmentOf"] = PicoPatterns.TreatmentOfCue,
        ["RandomisedTo"] = PicoPatterns.RandomisedToCue,
        ["PatientsWith"] = PicoPatterns.PatientsWithCue,
        ["CareOf"] = PicoPatterns.CareOfCue,
        ["NamedComparator"] = PicoPatterns.NamedComparatorCue,
        ["StatedOutcome"] = PicoPatterns.StatedOutcomeCue,
    };

    // One line per alternative of each pattern, written for this test.
    private static readonly (string Cue, string[] Texts)[] Samples =
    [
        ("Versus", [
            "Heparin versus placebo in sepsis", "Heparin vs placebo in sepsis", "Heparin vs. placebo in sepsis", "Heparin compared with placebo in sepsis",
            "Heparin compared to placebo", "Aims: early\tversus\tlate surgery.", "The effect of heparin versus placebo on mortality",
            "Trial with heparin vs saline, in adults", "Comparing heparin versus saline", "A trial between early versus late surgery"]),
        ("Comparing", [
            "A trial comparing heparin with placebo in sepsis.", "Comparing heparin to saline", "A trial between early and late surgery.",
            "Comparing heparin versus saline", "Comparing heparin vs. saline, in adults", "(Between heparin and saline)"]),
        ("EffectOf", [
            "Effect of heparin on mortality", "Effects of heparin in sepsis", "Efficacy of heparin in sepsis", "Effectiveness of heparin for sepsis",
            "Safety of heparin among adults", "Role of heparin in sepsis", "Significance of heparin in sepsis", "Impact of heparin on mortality",
            "Use of heparin in sepsis", "Usefulness of heparin in sepsis", "Value of heparin in sepsis", "Benefit of heparin in sepsis",
            "Benefits of heparin in sepsis", "Influence of heparin on mortality", "Application of heparin in sepsis", "Administration of heparin to adults",
            "Addition of heparin to usual care", "Outcome of heparin in sepsis", "Outcomes of heparin in sepsis", "The effect of heparin (a trial)"]),
        ("TreatmentOf", [
            "Heparin in the treatment of sepsis", "Heparin in the management of sepsis", "Aspirin for the prevention of stroke",
            "Heparin for prophylaxis of thrombosis", "Heparin in therapy of sepsis", "Heparin in the care of sepsis", "Use of heparin in the treatment of sepsis"]),
        ("RandomisedTo", [
            "Patients were randomised to receive heparin or placebo.", "Patients were randomized to heparin or placebo.",
            "Patients were randomly assigned to heparin versus placebo.", "Patients were randomly allocated (1:1) to heparin and saline.",
            "Randomized into either heparin or saline"]),
        ("PatientsWith", [
            "patients with sepsis", "adults with sepsis", "children admitted with severe malaria", "infants with sepsis", "neonates with sepsis",
            "newborns with sepsis", "women with preeclampsia", "men with prostate cancer", "subjects who had a stroke", "participants suffering from pain",
            "individuals diagnosed with diabetes", "people presenting with chest pain", "persons hospitalised for pneumonia", "survivors with chronic pain",
            "smokers with asthma", "mothers with anaemia", "pregnancies with preeclampsia", "Patients admitted to hospital with pneumonia"]),
        ("CareOf", [
            "in the treatment of sepsis", "management of acute pancreatitis", "prevention of stroke", "prophylaxis of thrombosis", "therapy of sepsis",
            "care of the elderly with sepsis"]),
        ("NamedComparator", [
            "compared with placebo", "usual care", "standard care", "standard of care", "standard therapy", "standard treatment",
            "conventional therapy", "conventional treatment", "no treatment", "no intervention", "sham", "sham surgery", "waiting list", "a wait-list control"]),
        ("StatedOutcome", [
            "The primary outcome was 28-day mortality.", "The main outcomes were death and stroke.", "Secondary endpoints included bleeding.",
            "The primary efficacy end point was death.", "Primary outcome measures comprised pain scores.", "The primary end points are death and stroke."]),
    ];

    public static TheoryData<string, string> Matches() => CueScreens.Rows(Samples);

    [Theory]
    [MemberData(nameof(Matches))]
    public void When_a_pico_pattern_matches_its_screen_admits_the_text(string cue, string text)
    {
        CueScreens.ShouldAdmit(cue, Cues[cue], text);
        Cues[cue].Pattern.IsMatch(text.ToUpperInvariant()).ShouldBeTrue($"{cue}'s pattern ignores case");
    }

    [Fact]
    public void Every_screened_pico_pattern_has_samples()
    {
        Samples.Select(s => s.Cue).ShouldBe(Cues.Keys, ignoreOrder: true);
    }

    [Fact]
    public void A_sentence_without_the_words_skips_every_pattern()
    {
        var mask = PicoPatterns.Set.Scan("Mortality fell from 31% to 20%.");
        foreach (var cue in Cues.Values)
        {
            cue.MayMatch(mask).ShouldBeFalse();
        }
    }

    [Fact]
    public void Screened_extraction_finds_the_question_in_the_title_and_the_body()
    {
        var pico = Extracted.From(
            "Heparin versus placebo in the treatment of sepsis",
            "We enrolled adults with septic shock. The primary outcome was all-cause mortality. Heparin reduced bleeding.").Of<PicoFact>().Single();
        pico.Intervention.ShouldBe("Heparin");
        pico.Comparator.ShouldBe("placebo");
        pico.Condition.ShouldBe("sepsis");
        pico.Outcomes.ShouldBe(["all-cause mortality", "bleeding"]);
    }
}
