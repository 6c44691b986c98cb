using System.Text.Json;
using EvidenceAppraisal.Evaluation;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Surveying;

namespace EvidenceAppraisal.Rules.Tests.Surveying;

public class FlagSurveyTests
{
    private const string Trial =
        "Drug A for asthma: a randomised controlled trial\n\nWe randomly assigned 300 adults with asthma to drug A or placebo. " +
        "Attacks were fewer with drug A (RR 0.70, 95% CI 0.55 to 0.89).";

    private const string Review =
        "Heparin in sepsis: a review\n\nIn recent years, studies have found that heparin reduces mortality in sepsis. We review the current evidence.";

    private static readonly FlagSurveyResult Result = new FlagSurvey(RuleSetCompiler.Load(RuleFiles.ShippedRules)).Run(
    [
        Record("t1", "design", Trial, "randomized-controlled-trial"),
        Record("t2", "design", Trial, "randomized-controlled-trial"),
        Record("r1", "design", Review, "narrative-review"),
        Record("x1", "hedges", Review, "narrative-review"),
    ]);

    private static CorpusRecord Record(string id, string task, string text, string design) =>
        new(id, task, text, JsonDocument.Parse($$"""{"design": "{{design}}"}""").RootElement.Clone(), "test.jsonl", 1);

    [Fact]
    public void Only_design_records_are_surveyed_and_counted_per_design()
    {
        Result.RecordsPerDesign.ShouldBe(new Dictionary<string, int> { ["randomized-controlled-trial"] = 2, ["narrative-review"] = 1 });
        Result.Flags.ShouldNotContain(f => f.RecordId == "x1");
    }

    [Fact]
    public void Each_design_gets_its_own_level_rule()
    {
        Result.RecordsFlagged("randomized-controlled-trial", "EA-LEVEL-004").ShouldBe(2);
        Result.RecordsFlagged("narrative-review", "EA-DESIGN-001").ShouldBe(1);
        Result.RecordsFlagged("narrative-review", "EA-LEVEL-004").ShouldBe(0);
        Result.Levels("randomized-controlled-trial").ShouldBe(new Dictionary<string, int> { ["2"] = 2 });
        Result.Levels("narrative-review").ShouldBe(new Dictionary<string, int> { ["5"] = 1 });
        Result.RecordsWithSeveralLevels().ShouldBeEmpty();
    }

    [Fact]
    public void Every_checklist_item_gets_one_answer_per_record()
    {
        Result.Flags.ShouldContain(f => f.Flag.Checklist.ContainsKey("consort-a-13"));
        Result.RepeatedAnswers().ShouldBeEmpty();
        Result.Describe(top: 5).ShouldContain("checklist items answered more than once: 0");
    }

    [Fact]
    public void Description_lists_designs_with_their_rules()
    {
        var text = Result.Describe(top: 50);
        text.ShouldContain("randomized-controlled-trial (2 records");
        text.ShouldContain("OCEBM level 2: 2");
        text.ShouldContain("EA-LEVEL-004");
        text.ShouldContain("[consort-a-1=present]");
    }

    [Fact]
    public void A_sample_is_reproducible_and_holds_only_findings()
    {
        var first = Result.Sample(5, seed: 3);
        first.Count.ShouldBe(5);
        first.ShouldAllBe(f => f.Flag.Severity >= Severity.Minor);
        Result.Sample(5, seed: 3).Select(f => (f.RecordId, f.Flag.Id, f.Flag.Message)).ShouldBe(first.Select(f => (f.RecordId, f.Flag.Id, f.Flag.Message)));
        Result.Sample(1000, seed: 3).Count.ShouldBe(Result.Flags.Count(f => f.Flag.Severity >= Severity.Minor));
    }
}
