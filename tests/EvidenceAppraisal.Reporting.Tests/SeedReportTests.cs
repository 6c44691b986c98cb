using System.Text.Json;
using EvidenceAppraisal.Reporting.Json;

namespace EvidenceAppraisal.Reporting.Tests;

public class SeedReportTests
{
    private static readonly JsonElement Json = JsonDocument.Parse(JsonReportRenderer.Render(SeedReport.Report)).RootElement;

    private static IEnumerable<JsonElement> Flags => Json.GetProperty("flags").EnumerateArray();

    private static JsonElement Flag(string id) => Flags.First(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public void Json_follows_the_contract_names()
    {
        foreach (var name in new[] { "source", "document", "design", "facts", "flags", "provenance" })
        {
            Json.TryGetProperty(name, out _).ShouldBeTrue(name);
        }

        Json.GetProperty("document").GetProperty("translatedTitle").GetBoolean().ShouldBeTrue();
        Json.GetProperty("design").GetProperty("kind").GetString().ShouldBe("narrative-review");
        var numbers = Json.GetProperty("facts").GetProperty("numbers");
        numbers.TryGetProperty("sampleSize", out _).ShouldBeFalse();
        numbers.GetProperty("effectEstimates").GetArrayLength().ShouldBe(0);
        numbers.GetProperty("confidenceIntervals").GetArrayLength().ShouldBe(0);
        numbers.GetProperty("pValues").GetArrayLength().ShouldBe(0);
        Json.GetProperty("provenance").GetProperty("inputHash").GetString()!.ShouldStartWith("sha256:");
    }

    [Fact]
    public void Seed_is_flagged_as_a_narrative_review_at_level_5_with_a_quote()
    {
        var flag = Flag("EA-DESIGN-001");
        flag.GetProperty("evidence")[0].GetString()!.ShouldContain("studies have found");
        SeedReport.Report.Level!.Level.ShouldBe("5");
    }

    [Fact]
    public void Seed_is_flagged_as_non_english()
    {
        Flag("EA-LANG-001").GetProperty("message").GetString()!.ShouldContain("translation");
    }

    [Fact]
    public void Each_unquantified_benefit_claim_is_flagged()
    {
        var messages = Flags.Where(f => f.GetProperty("id").GetString() == "EA-CLAIM-001").Select(f => f.GetProperty("message").GetString()!).ToList();
        messages.Count.ShouldBe(3);
        messages.ShouldContain(m => m.Contains("28-day mortality"));
        messages.ShouldContain(m => m.Contains("incidence of DIC"));
        messages.ShouldContain(m => m.Contains("microcirculation and MODS"));
    }

    [Fact]
    public void Controversy_is_flagged_with_its_sentence()
    {
        var flag = Flag("EA-DOUBT-001");
        flag.GetProperty("message").GetString()!.ShouldContain("effectiveness and safety");
        flag.GetProperty("evidence")[0].GetString().ShouldBe("However, there is controversy in its effectiveness and safety.");
    }

    [Theory]
    [InlineData("EA-NUM-001")]
    [InlineData("EA-NUM-002")]
    [InlineData("EA-NUM-003")]
    public void Missing_numbers_are_flagged(string id)
    {
        Flag(id).GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("Add like")]
    [InlineData("Full text links")]
    [InlineData("mobile app")]
    [InlineData("Claim now")]
    [InlineData("Copyright")]
    public void No_page_furniture_anywhere_in_the_report(string furniture)
    {
        JsonReportRenderer.Render(SeedReport.Report).ShouldNotContain(furniture, Case.Insensitive);
    }

    [Fact]
    public void Search_for_better_evidence_is_built_from_the_pico_facts()
    {
        var search = SeedReport.Report.Search.ShouldNotBeNull();
        search.Query.ShouldContain("heparin");
        search.Query.ShouldContain("sepsis");
        search.Url.ShouldStartWith("https://pubmed.ncbi.nlm.nih.gov/?term=");
    }
}
