using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Design;
using EvidenceAppraisal.Extraction.Document;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Uncertainty;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class SeedExtractionTests
{
    private static readonly FactSet Facts = FactExtraction.Default.Extract(
        DocumentReaders.Default.Read(InputSource.FromFile(Repo.Seed), ReadOptions.Default).Single().Document!);

    [Fact]
    public void Seed_is_a_narrative_review_by_its_text()
    {
        var design = Facts.Single<DesignFact>();
        design.Kind.ShouldBe("narrative-review");
        design.FromIndexing.ShouldBeFalse();
        design.Quote.ShouldContain("studies have found");
    }

    [Fact]
    public void Seed_yields_its_three_reported_unquantified_benefit_claims()
    {
        var claims = Facts.Of<ClaimFact>().ToList();
        claims.Select(c => c.Outcome).ShouldBe(["incidence of DIC", "microcirculation and MODS", "28-day mortality"]);
        claims.ShouldAllBe(c => c.IsBenefit && !c.IsQuantified && c.IsReported);
    }

    [Fact]
    public void Seed_states_a_controversy_about_effectiveness_and_safety()
    {
        var controversy = Facts.Of<ControversyFact>().ShouldHaveSingleItem();
        controversy.About.ShouldBe(["effectiveness", "safety"]);
    }

    [Fact]
    public void Seed_hedges_with_a_certain_effect()
    {
        Facts.Of<HedgeFact>().ShouldContain(h => h.Cue == "a certain");
    }

    [Fact]
    public void Seed_reports_no_trial_numbers()
    {
        Facts.Of<SampleSizeFact>().ShouldBeEmpty();
        Facts.Of<EstimateFact>().ShouldBeEmpty();
        Facts.Of<IntervalFact>().ShouldBeEmpty();
        Facts.Of<PValueFact>().ShouldBeEmpty();
    }

    [Fact]
    public void Seed_is_not_english_in_the_original()
    {
        Facts.Single<DocumentFact>().IsEnglish.ShouldBeFalse();
    }

    [Fact]
    public void Every_fact_span_lies_inside_the_text()
    {
        foreach (var fact in Facts.All)
        {
            fact.Span.Start.ShouldBeGreaterThanOrEqualTo(0);
            fact.Span.End.ShouldBeLessThanOrEqualTo(Facts.Document.Text.Length);
        }
    }
}
