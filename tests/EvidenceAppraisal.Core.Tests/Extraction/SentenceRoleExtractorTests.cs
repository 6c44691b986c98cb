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
}
