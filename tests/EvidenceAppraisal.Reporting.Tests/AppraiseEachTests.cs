using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>Batch appraises runs of documents stage by stage; each must come out as it does alone.</summary>
public class AppraiseEachTests
{
    private const string Short = "Drug A in sepsis: a randomised trial.\n\nWe randomly assigned 200 adults to drug A or placebo. Drug A reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92).";

    // Too many combinations for CombinatorialProfile's rule: this document's session stops.
    private static readonly string Combinatorial = "Many sentences.\n\n" + CombinatorialProfile.FailingBody;

    [Fact]
    public void Each_report_is_the_one_appraised_alone_and_a_failure_stays_with_its_document()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ea-each-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var profile = CombinatorialProfile.WriteTo(folder);
            var appraiser = new Appraiser(RuleSetCompiler.Compile(RuleSetLoader.Load(SeedReport.Rules, profile)), clock: new FixedClock());
            var texts = new[] { File.ReadAllText(Repo.Seed), Short, Combinatorial, File.ReadAllText(Repo.TrialAbstract), Short };
            var documents = texts.Select((t, i) => PlainTextReader.Parse($"doc{i}.txt", t)).ToList();

            var results = appraiser.AppraiseEach(documents);

            results.Length.ShouldBe(5);
            results[2].Report.ShouldBeNull();
            results[2].Error.ShouldBeOfType<RuleSetException>().Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TooManyFirings);
            Should.Throw<RuleSetException>(() => appraiser.Appraise(documents[2]));
            foreach (var i in new[] { 0, 1, 3, 4 })
            {
                results[i].Error.ShouldBeNull();
                JsonReportRenderer.RenderLine(results[i].Report!).ShouldBe(JsonReportRenderer.RenderLine(appraiser.Appraise(documents[i])), $"document {i}");
            }

            results[0].Report!.Flags.ShouldNotBeEmpty(); // the comparison covers flags
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void No_documents_give_no_results() => SeedReport.Appraiser.AppraiseEach([]).ShouldBeEmpty();

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }
}
