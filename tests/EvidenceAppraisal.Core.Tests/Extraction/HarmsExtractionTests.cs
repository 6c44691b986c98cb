using EvidenceAppraisal.Extraction.Harms;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class HarmsExtractionTests
{
    [Fact]
    public void Seed_names_safety_never_quantifies_it_and_never_mentions_bleeding()
    {
        var harms = Extracted.Seed.Of<HarmsFact>().ShouldHaveSingleItem();
        harms.Intervention.ShouldBe("heparin");
        harms.InterventionClass.ShouldBe("anticoagulant");
        harms.PrincipalHarm.ShouldBe("bleeding");
        harms.PrincipalHarmStatus.ShouldBe("not-mentioned");
        harms.SafetyMentioned.ShouldBeTrue();
        harms.IsQuantified.ShouldBeFalse();
        harms.SafetyStatus.ShouldBe("named-only");
        Extracted.Seed.Of<HarmMentionFact>().ShouldHaveSingleItem().Term.ShouldBe("safety");
    }

    [Fact]
    public void Principal_harm_with_a_count_is_quantified()
    {
        var facts = Extracted.From(
            "Enoxaparin versus placebo in medical inpatients",
            "Major bleeding occurred in 12 of 200 patients given enoxaparin (6%) and 4 of 198 given placebo (2%).");
        var harms = facts.Of<HarmsFact>().ShouldHaveSingleItem();
        harms.Intervention.ShouldBe("Enoxaparin");
        harms.PrincipalHarmStatus.ShouldBe("quantified");
        facts.Of<HarmMentionFact>().ShouldHaveSingleItem().Kind.ShouldBe("principal-harm");
    }

    [Fact]
    public void Principal_harm_named_as_a_word_only_is_named_only()
    {
        var harms = Extracted.From("Warfarin after valve surgery", "Bleeding remains the main concern with warfarin.").Of<HarmsFact>().ShouldHaveSingleItem();
        harms.PrincipalHarmStatus.ShouldBe("named-only");
        harms.IsQuantified.ShouldBeFalse();
    }

    [Fact]
    public void No_adverse_events_is_a_statement_of_none()
    {
        var facts = Extracted.From("Acupuncture for chronic low back pain", "No serious adverse events were observed.");
        var mention = facts.Of<HarmMentionFact>().ShouldHaveSingleItem();
        mention.Kind.ShouldBe("adverse-effects");
        mention.StatesNone.ShouldBeTrue();
        facts.Of<HarmsFact>().Single().PrincipalHarmStatus.ShouldBe("not-applicable");
    }

    [Fact]
    public void Abstract_silent_on_harm_says_so()
    {
        var harms = Extracted.From("Aspirin after myocardial infarction", "Aspirin reduced recurrent infarction.").Of<HarmsFact>().ShouldHaveSingleItem();
        harms.SafetyMentioned.ShouldBeFalse();
        harms.SafetyStatus.ShouldBe("not-mentioned");
        harms.PrincipalHarmStatus.ShouldBe("not-mentioned");
    }

    [Theory]
    [InlineData("unfractionated heparin", "anticoagulant")]
    [InlineData("low-dose aspirin", "antiplatelet")]
    [InlineData("intravenous hydrocortisone", "corticosteroid")]
    [InlineData("acupuncture", null)]
    public void Principal_harm_table_finds_the_class_by_a_member_word(string intervention, string? cls)
    {
        PrincipalHarms.For(intervention)?.Class.ShouldBe(cls);
    }
}
