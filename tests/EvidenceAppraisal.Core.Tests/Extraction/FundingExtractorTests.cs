using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Extraction.Funding;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class FundingExtractorTests
{
    private const string Body = "Adults were randomised to the new inhaler or the old one. Symptoms improved more with the new inhaler. ";

    [Fact]
    public void Industry_funding_in_prose_names_the_company()
    {
        var funding = Abstracts.Extract("A trial.", Body + "This study was funded by Acme Pharmaceuticals Ltd.").Of<FundingFact>().ShouldHaveSingleItem();
        funding.IsIndustry.ShouldBeTrue();
        funding.Funders.ShouldContain(f => f.Contains("Acme Pharmaceuticals", StringComparison.Ordinal));
        funding.NoFunding.ShouldBeFalse();
    }

    [Fact]
    public void Public_funding_under_a_heading_names_each_funder()
    {
        var funding = Abstracts.Extract("A trial.", Body + "FUNDING: National Institute for Health Research (grant 12/34/56) and the Wellcome Trust.").Of<FundingFact>().ShouldHaveSingleItem();
        funding.FromHeading.ShouldBeTrue();
        funding.IsPublic.ShouldBeTrue();
        funding.IsIndustry.ShouldBeFalse();
        funding.Funders.ShouldBe(["National Institute for Health Research", "Wellcome Trust"]);
    }

    [Fact]
    public void No_funding_is_stated_as_such()
    {
        var funding = Abstracts.Extract("A trial.", Body + "This research received no specific grant from any funding agency.").Of<FundingFact>().ShouldHaveSingleItem();
        funding.NoFunding.ShouldBeTrue();
        funding.Funders.ShouldBeEmpty();
    }

    [Fact]
    public void No_conflict_of_interest_is_a_negative_declaration()
    {
        var conflict = Abstracts.Extract("A trial.", Body + "The authors declare no conflict of interest.").Of<ConflictFact>().ShouldHaveSingleItem();
        conflict.HasConflicts.ShouldBeFalse();
    }

    [Fact]
    public void Declared_fees_and_employment_are_conflicts()
    {
        var conflict = Abstracts.Extract("A trial.", Body + "Competing interests: JS has received consulting fees from Pfizer; AB is an employee of Novartis.").Of<ConflictFact>().ShouldHaveSingleItem();
        conflict.HasConflicts.ShouldBeTrue();
        conflict.IsEmployment.ShouldBeTrue();
        conflict.Companies.ShouldBe(["Pfizer", "Novartis"]);
    }

    [Fact]
    public void Study_results_are_not_funding_statements()
    {
        var facts = Abstracts.Extract("A trial.", Body + "Patients supported by family members adhered better.");
        facts.Of<FundingFact>().ShouldBeEmpty();
        facts.Of<ConflictFact>().ShouldBeEmpty();
    }
}
