using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Registration;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class RegistrationExtractorTests
{
    [Theory]
    [InlineData("ClinicalTrials.gov NCT01234567.", "NCT01234567", "ClinicalTrials.gov")]
    [InlineData("Registered as ISRCTN 12345678.", "ISRCTN12345678", "ISRCTN")]
    [InlineData("ANZCTR: ACTRN12612000123456.", "ACTRN12612000123456", "ANZCTR")]
    [InlineData("Registration: ChiCTR-IOR-15006165.", "ChiCTR-IOR-15006165", "ChiCTR")]
    [InlineData("German register DRKS00012345.", "DRKS00012345", "DRKS")]
    [InlineData("EudraCT number: 2004-000123-45.", "EudraCT 2004-000123-45", "EudraCT")]
    [InlineData("Indian registry CTRI/2019/05/019123.", "CTRI/2019/05/019123", "CTRI")]
    [InlineData("UMIN000012345 and JPRN-jRCTs031180123.", "UMIN000012345", "UMIN-CTR (JPRN)")]
    [InlineData("Iranian registry IRCT2015061222734N1.", "IRCT2015061222734N1", "IRCT")]
    [InlineData("Dutch Trial Register NTR-2051.", "NTR2051", "Netherlands Trial Register")]
    [InlineData("Korean registry KCT0001234.", "KCT0001234", "CRiS")]
    [InlineData("Pan African registry PACTR201509001234567.", "PACTR201509001234567", "PACTR")]
    [InlineData("PROSPERO CRD42019123456.", "CRD42019123456", "PROSPERO")]
    [InlineData("SANCTR: DOH-27-0411-2436.", "DOH-27-0411-2436", "SANCTR")]
    public void Registry_ids_are_found_and_their_registry_named(string sentence, string id, string registry)
    {
        var found = Abstracts.Extract("A trial.", "Adults were randomised. " + sentence).Of<RegistrationFact>().First();
        found.Id.ShouldBe(id);
        found.Registry.ShouldBe(registry);
        found.FromMetadata.ShouldBeFalse();
    }

    [Fact]
    public void The_same_id_twice_is_one_registration()
    {
        Abstracts.Extract("A trial (NCT01234567).", "Registered at ClinicalTrials.gov, NCT 01234567.").Of<RegistrationFact>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Metadata_ids_not_in_the_text_are_added_and_marked()
    {
        var facts = Abstracts.Extract("A trial.", "Adults were randomised.", DocumentMetadata.Empty with { RegistryIds = ["NCT07654321"] });
        var registration = facts.Of<RegistrationFact>().ShouldHaveSingleItem();
        registration.FromMetadata.ShouldBeTrue();
        registration.Registry.ShouldBe("ClinicalTrials.gov");
    }

    [Fact]
    public void Numbers_that_look_like_ids_without_a_prefix_are_ignored()
    {
        Abstracts.Extract("A trial.", "We enrolled 01234567 records from 2004-000123-45 batches.").Of<RegistrationFact>().ShouldBeEmpty();
    }
}
