using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Design;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class DesignExtractorTests
{
    private static DesignFact Design(string title, string body) => Abstracts.Extract(title, body).Single<DesignFact>();

    [Fact]
    public void Randomised_allocation_in_the_methods_is_a_randomised_trial()
    {
        var design = Design(
            "Heparin for adults with septic shock.",
            "Heparin may limit coagulopathy in sepsis. We randomly assigned 240 adults with septic shock to heparin or saline. The primary outcome was 28-day mortality. Mortality was 30% with heparin and 36% with saline. Heparin did not reduce mortality.");
        design.Kind.ShouldBe("randomized-controlled-trial");
        design.IsRandomized.ShouldBeTrue();
        design.FromIndexing.ShouldBeFalse();
        design.Cues.ShouldContain("randomly assigned");
    }

    [Fact]
    public void Cue_spans_point_at_the_cue_in_the_document()
    {
        var facts = Abstracts.Extract(
            "Early mobilisation after hip fracture: a randomised controlled trial.",
            "We enrolled 120 older adults after hip fracture surgery. Mobilisation within 24 hours improved walking at 30 days.");
        var design = facts.Single<DesignFact>();
        design.CueSpans.Count.ShouldBe(design.Cues.Count);
        facts.Document.Slice(design.CueSpans[0]).ShouldBe(design.Cues[0]);
    }

    [Theory]
    [InlineData("Patients were not randomised; allocation followed the surgeon's preference between open and laparoscopic repair. We compared recurrence in 210 patients.")]
    [InlineData("In this non-randomised controlled study, 150 wards received the new protocol and 150 wards continued usual care.")]
    [InlineData("A randomised trial was not feasible, so we compared 95 patients who chose early surgery with 110 who chose watchful waiting.")]
    public void Negated_or_ruled_out_randomisation_is_not_a_randomised_trial(string body)
    {
        Design("Early surgery for gallstone disease.", body).Kind.ShouldNotBe("randomized-controlled-trial");
    }

    [Fact]
    public void Wishing_for_randomised_trials_leaves_a_cohort_study_observational()
    {
        var design = Design(
            "Statin use and fracture risk in older women.",
            "We conducted a retrospective cohort study of 8,400 women aged 65 years or older from a regional health database. Statin users had fewer hip fractures than non-users (hazard ratio 0.82, 95% CI 0.70 to 0.96). Randomised trials are needed to confirm this association.");
        design.Kind.ShouldBe("observational-study");
        design.Subtype.ShouldBe("cohort");
    }

    [Fact]
    public void A_review_that_mentions_trials_is_a_synthesis_not_a_trial()
    {
        var design = Design(
            "Vitamin D for preventing falls: a systematic review and meta-analysis of randomised controlled trials.",
            "We searched MEDLINE, Embase and CENTRAL to March 2023 for randomised controlled trials of vitamin D in adults over 65. Twenty-four trials with 34,000 participants were included. The pooled risk ratio for falls was 0.97 (95% CI 0.91 to 1.03).");
        design.Kind.ShouldBe("meta-analysis");
        design.IsSystematic.ShouldBeTrue();
    }

    [Fact]
    public void A_systematic_search_without_pooling_is_a_systematic_review()
    {
        Design(
            "Exercise programmes after stroke: a systematic review.",
            "Two reviewers independently screened records from four databases. Eighteen studies were included. Because interventions differed widely, results were summarised narratively.")
            .Kind.ShouldBe("systematic-review");
    }

    [Fact]
    public void A_patient_described_in_detail_is_a_case_report()
    {
        Design(
            "Delayed splenic rupture after colonoscopy.",
            "A 67-year-old woman presented with left shoulder pain two days after a routine colonoscopy. Computed tomography showed a subcapsular haematoma. She recovered after embolisation.")
            .Kind.ShouldBe("case-report");
    }

    [Fact]
    public void An_overview_without_study_methods_is_a_narrative_review()
    {
        Design(
            "Anticoagulation in sepsis: current evidence and future directions.",
            "Coagulation and inflammation are closely linked in sepsis. In this review, we summarise the mechanisms by which anticoagulants may act. Recent advances in understanding the endothelium are discussed.")
            .Kind.ShouldBe("narrative-review");
    }

    [Fact]
    public void A_trial_protocol_describes_what_will_be_done()
    {
        Design(
            "Early versus delayed feeding after pancreatic surgery: study protocol for a multicentre randomised trial.",
            "Adults undergoing pancreatoduodenectomy will be randomised to early oral feeding or delayed feeding. The primary outcome will be length of stay.")
            .Kind.ShouldBe("protocol");
    }

    [Fact]
    public void Animal_experiments_are_laboratory_work()
    {
        Design(
            "Heparin attenuates lung injury in septic mice.",
            "Male mice underwent caecal ligation and puncture and were randomly assigned to heparin or saline. Heparin reduced neutrophil infiltration and cytokine levels.")
            .Kind.ShouldBe("animal-or-lab");
    }

    [Fact]
    public void Open_label_single_arm_treatment_is_a_non_randomised_trial()
    {
        Design(
            "Oral drug X in relapsed lymphoma: an open-label phase II study.",
            "Forty patients with relapsed lymphoma received drug X 200 mg daily. The overall response rate was 45%.")
            .Kind.ShouldBe("non-randomized-trial");
    }

    [Fact]
    public void Traits_of_the_trial_are_read_from_its_own_description()
    {
        var design = Design(
            "Drug Y versus placebo for migraine prevention: a multicentre, double-blind, phase III crossover trial.",
            "Previous open-label studies suggested benefit. We randomly assigned 300 adults with episodic migraine to drug Y or placebo in a crossover design across 12 centres.");
        design.Traits.ShouldContain("double-blind");
        design.Traits.ShouldContain("blinded");
        design.Traits.ShouldContain("placebo-controlled");
        design.Traits.ShouldContain("multicentre");
        design.Traits.ShouldContain("crossover");
        design.Traits.ShouldContain("phase-III");
        design.Phase.ShouldBe("III");
        design.Traits.ShouldNotContain("open-label"); // only the background mentions open-label work
    }

    [Theory]
    [InlineData("A cluster randomised trial of hand hygiene in 40 nursing homes.", "cluster")]
    [InlineData("Short versus standard antibiotic courses: a randomised non-inferiority trial.", "non-inferiority")]
    [InlineData("A pilot randomised trial of text reminders for vaccination.", "pilot")]
    public void Design_traits_in_the_title(string title, string trait)
    {
        Design(title, "Participants were randomly assigned to the intervention or usual care.").Traits.ShouldContain(trait);
    }

    [Fact]
    public void PubMed_publication_types_decide_when_present_and_say_so()
    {
        var design = Abstracts.Extract(
            "Heparin in sepsis.",
            "We describe how heparin is used in intensive care units.",
            DocumentMetadata.Empty with { PublicationTypes = ["Journal Article", "Randomized Controlled Trial"] }).Single<DesignFact>();
        design.Kind.ShouldBe("randomized-controlled-trial");
        design.FromIndexing.ShouldBeTrue();
        design.TextKind.ShouldNotBe("randomized-controlled-trial");
    }

    [Theory]
    [InlineData("Clinical Trial Protocol", "protocol")]
    [InlineData("Clinical Trial, Phase II", "non-randomized-trial")]
    [InlineData("Randomized Controlled Trial, Veterinary", "randomized-controlled-trial")]
    [InlineData("Network Meta-Analysis", "meta-analysis")]
    [InlineData("Scoping Review", "narrative-review")]
    [InlineData("Letter", "editorial")]
    public void Publication_types_map_to_designs(string type, string kind)
    {
        PublicationTypes.Design(["Journal Article", type]).ShouldBe(kind);
    }

    [Fact]
    public void Journal_article_alone_names_no_design()
    {
        PublicationTypes.Design(["Journal Article"]).ShouldBeNull();
    }

    [Fact]
    public void A_paper_describing_its_own_system_is_not_a_review()
    {
        Design(
            "A web platform for sharing ward rounds data.",
            "In this paper we describe a web-based platform that links the electronic record to the ward information system. The software was implemented in three hospitals and 412 clinicians used it in 2019.")
            .Kind.ShouldNotBe("narrative-review");
    }

    [Fact]
    public void A_review_of_a_field_literature_is_a_narrative_review()
    {
        Design(
            "Hospital volume and outcomes in cancer care.",
            "We conducted a comprehensive review of the health services literature on hospital volume. Higher volume is linked to lower operative mortality for complex procedures. Implications for referral policy are considered.")
            .Kind.ShouldBe("narrative-review");
    }

    [Fact]
    public void Sessions_in_a_randomised_order_make_a_randomised_crossover()
    {
        Design(
            "Cycling with electrical stimulation and cognition in young adults.",
            "Twenty healthy adults completed two sessions, assisted cycling and plain cycling, in a randomized order one week apart. Cerebral blood flow was measured during each session.")
            .Kind.ShouldBe("randomized-controlled-trial");
    }
}
