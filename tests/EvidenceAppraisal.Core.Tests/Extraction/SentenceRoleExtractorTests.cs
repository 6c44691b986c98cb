using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class SentenceRoleExtractorTests
{
    private static SectionRole[] Roles(string body) =>
        Abstracts.Extract("A test title.", body).Of<SentenceRoleFact>().OrderBy(r => r.SentenceIndex).Select(r => r.Role).ToArray();

    [Fact]
    public void Unstructured_abstract_gets_roles_in_reading_order()
    {
        var roles = Roles(
            "Delirium is common after hip fracture surgery and little is known about its prevention. " +
            "We aimed to determine whether melatonin reduces delirium in older adults. " +
            "We randomly assigned 300 patients aged 70 years or older to melatonin 3 mg or placebo for five nights. " +
            "The primary outcome was delirium within eight days. " +
            "Delirium occurred in 18% of the melatonin group and 25% of the placebo group (OR 0.66, 95% CI 0.38 to 1.14; P = 0.14). " +
            "Melatonin did not significantly reduce delirium in older adults after hip fracture surgery.");
        // The aim sentence sits under "Background" in some structured abstracts and under "Objective" in others.
        roles[0].ShouldBe(SectionRole.Background);
        roles[1].ShouldBeOneOf(SectionRole.Background, SectionRole.Objective);
        roles[2..].ShouldBe([SectionRole.Methods, SectionRole.Methods, SectionRole.Results, SectionRole.Conclusions]);
    }

    [Fact]
    public void Headings_decide_the_role_of_their_sentences()
    {
        var facts = Abstracts.Extract("A test title.", "RESULTS: Pain fell in both groups. CONCLUSIONS: Both treatments relieve pain.");
        var roles = facts.Of<SentenceRoleFact>().OrderBy(r => r.SentenceIndex).ToList();
        roles.Select(r => r.Role).ShouldBe([SectionRole.Results, SectionRole.Conclusions]);
        roles.ShouldAllBe(r => r.FromHeading);
    }

    [Fact]
    public void A_sentence_running_into_a_colon_is_not_a_heading()
    {
        var facts = Abstracts.Extract("A test title.", "We enrolled adults with asthma. The inclusion criteria were: age over 18 and a positive methacholine test. Symptoms improved with the inhaler (P < 0.01).");
        facts.Document.Sections.ShouldHaveSingleItem().Label.ShouldBeNull();
        facts.Of<SentenceRoleFact>().ShouldAllBe(r => !r.FromHeading);
    }

    [Fact]
    public void Every_sentence_gets_exactly_one_role()
    {
        var facts = Abstracts.Extract("A test title.", "One. Two sentences here. And a third one with 12% and P = 0.02.");
        facts.Of<SentenceRoleFact>().Select(r => r.SentenceIndex).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void An_abstract_opening_with_its_aim_reads_it_as_the_objective()
    {
        var roles = Roles(
            "To determine whether early mobilisation shortens hospital stay after knee replacement. " +
            "We randomly assigned 240 adults to mobilisation within 6 hours of surgery or usual care. " +
            "The primary outcome was length of stay. " +
            "Median stay was 3.1 days with early mobilisation and 3.9 days with usual care (P = 0.002). " +
            "Early mobilisation shortens hospital stay after knee replacement.");
        roles.ShouldBe([SectionRole.Objective, SectionRole.Methods, SectionRole.Methods, SectionRole.Results, SectionRole.Conclusions]);
    }

    [Fact]
    public void A_lone_sentence_reads_as_a_finding()
    {
        Roles("Vitamin D supplements did not reduce fractures in older women.").ShouldHaveSingleItem()
            .ShouldBeOneOf(SectionRole.Results, SectionRole.Conclusions);
    }

    [Fact]
    public void Sentences_between_headed_ones_are_inferred_around_them()
    {
        var facts = Abstracts.Extract("A test title.",
            "METHODS: We enrolled 80 adults with gout. Colchicine or placebo was given for 12 weeks. " +
            "RESULTS: Flares occurred in 10% and 32% (P = 0.01). " +
            "Few adverse events occurred. Colchicine prevents gout flares.");
        var roles = facts.Of<SentenceRoleFact>().OrderBy(r => r.SentenceIndex).ToList();
        roles.Take(3).ShouldAllBe(r => r.FromHeading);
        roles[0].Role.ShouldBe(SectionRole.Methods);
        roles[2].Role.ShouldBe(SectionRole.Results);
    }

    [Fact]
    public void Every_cue_has_a_row_for_the_sentences_around_it()
    {
        RoleWeights.PreviousCue.Length.ShouldBe(RoleCues.CueCount);
        RoleWeights.NextCue.Length.ShouldBe(RoleCues.CueCount);
        RoleWeights.PreviousCue.Concat(RoleWeights.NextCue).ShouldAllBe(row => row.Length == RoleCues.Count);
    }
}
