using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>The example trial and review in seeds/ get their checklists filled from the rules, each answer with its evidence.</summary>
public class ExampleChecklistTests
{
    private static IReadOnlyList<Flag> FlagsOf(string seed) =>
        SeedReport.Appraiser.Rules.Appraise(FactExtraction.Default.Extract(PlainTextReader.Parse(seed, File.ReadAllText(Path.Combine(Repo.Root, "seeds", seed)))));

    /// <summary>Checklist key → (answer, the flag that gave it); fails when a second flag answers an item already answered.</summary>
    private static Dictionary<string, (string Answer, Flag Flag)> Answers(IReadOnlyList<Flag> flags)
    {
        var answers = new Dictionary<string, (string, Flag)>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            foreach (var (key, answer) in flag.Checklist)
            {
                answers.ContainsKey(key).ShouldBeFalse($"{key} is answered twice, the second time by {flag.Id}");
                answers[key] = (answer, flag);
            }
        }

        return answers;
    }

    private static readonly Dictionary<string, (string Answer, Flag Flag)> Trial = Answers(FlagsOf("rct-example.txt"));
    private static readonly Dictionary<string, (string Answer, Flag Flag)> Review = Answers(FlagsOf("sr-example.txt"));
    private static readonly Dictionary<string, (string Answer, Flag Flag)> Seed = Answers(FlagsOf("heparin-sepsis.txt"));

    [Fact]
    public void The_trial_reports_every_consort_item_except_the_conference_only_one()
    {
        for (var item = 1; item <= 17; item++)
        {
            Trial[$"consort-a-{item}"].Answer.ShouldBe(item == 2 ? "not-applicable" : "present", $"consort-a-{item}");
        }
    }

    [Theory]
    [InlineData(4, "Adults aged 70 years or older")]
    [InlineData(7, "The primary outcome was the incidence of delirium")]
    [InlineData(8, "computer-generated sequence")]
    [InlineData(10, "melatonin n = 206, placebo n = 206")]
    [InlineData(11, "between March 2019 and February 2022")]
    [InlineData(13, "95% CI 0.48 to 0.98")]
    [InlineData(14, "Adverse events were similar")]
    [InlineData(16, "NCT03912345")]
    [InlineData(17, "National Institute for Health Research")]
    public void Consort_answers_quote_the_sentence_they_rest_on(int item, string quoted)
    {
        Trial[$"consort-a-{item}"].Flag.Evidence.ShouldContain(e => e.Contains(quoted));
    }

    [Theory]
    [InlineData(1, "yes")]
    [InlineData(2, "yes")]
    [InlineData(3, "yes")]
    [InlineData(4, "yes")]
    [InlineData(5, "cant-tell")]
    [InlineData(6, "cant-tell")]
    [InlineData(7, "yes")]
    [InlineData(8, "yes")]
    [InlineData(9, "cant-tell")]
    [InlineData(10, "cant-tell")]
    [InlineData(11, "cant-tell")]
    public void The_trial_gets_casp_answers(int question, string answer)
    {
        Trial[$"casp-rct-{question}"].Answer.ShouldBe(answer);
    }

    [Fact]
    public void The_trial_is_not_held_to_the_review_checklists()
    {
        Trial.Keys.ShouldNotContain(k => k.StartsWith("prisma-a-", StringComparison.Ordinal) || k.StartsWith("casp-sr-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_reports_every_prisma_item()
    {
        for (var item = 1; item <= 12; item++)
        {
            Review[$"prisma-a-{item}"].Answer.ShouldBe("present", $"prisma-a-{item}");
        }
    }

    [Theory]
    [InlineData(4, "from inception to 31 January 2024")]
    [InlineData(5, "Cochrane RoB 2 tool")]
    [InlineData(6, "random-effects meta-analysis")]
    [InlineData(7, "Twenty-four trials with 3,150 participants")]
    [InlineData(8, "95% CI -0.58 to -0.24")]
    [InlineData(9, "certainty of evidence was low")]
    [InlineData(12, "CRD42023401234")]
    public void Prisma_answers_quote_the_sentence_they_rest_on(int item, string quoted)
    {
        Review[$"prisma-a-{item}"].Flag.Evidence.ShouldContain(e => e.Contains(quoted));
    }

    [Theory]
    [InlineData(1, "yes")]
    [InlineData(2, "yes")]
    [InlineData(3, "yes")]
    [InlineData(4, "yes")]
    [InlineData(5, "cant-tell")]
    [InlineData(6, "yes")]
    [InlineData(7, "yes")]
    [InlineData(9, "cant-tell")]
    public void The_review_gets_casp_answers(int question, string answer)
    {
        Review[$"casp-sr-{question}"].Answer.ShouldBe(answer);
    }

    [Fact]
    public void The_review_is_rated_level_1_and_not_held_to_the_trial_checklists()
    {
        Review.Keys.ShouldNotContain(k => k.StartsWith("consort-a-", StringComparison.Ordinal) || k.StartsWith("casp-rct-", StringComparison.Ordinal));
        FlagsOf("sr-example.txt").Where(f => f.Level is not null).Select(f => f.Level).ShouldBe(["1"]);
    }

    [Fact]
    public void The_seed_narrative_review_answers_no_checklist_so_the_report_marks_them_not_applicable()
    {
        Seed.ShouldBeEmpty();
        SeedReport.Report.Checklists.ShouldBeEmpty();
    }

    [Fact]
    public void The_example_reports_show_their_own_checklists_filled()
    {
        var trial = SeedReport.Appraise(File.ReadAllText(Path.Combine(Repo.Root, "seeds", "rct-example.txt")), "rct-example.txt");
        trial.Checklists.Select(c => c.Id).ShouldBe(["consort-a", "casp-rct"], ignoreOrder: true);
        trial.Checklists.Single(c => c.Id == "consort-a").Answered.ShouldBe(17);
        trial.Checklists.Single(c => c.Id == "casp-rct").Answered.ShouldBe(11);
        var review = SeedReport.Appraise(File.ReadAllText(Path.Combine(Repo.Root, "seeds", "sr-example.txt")), "sr-example.txt");
        review.Checklists.Select(c => c.Id).ShouldBe(["prisma-a", "casp-sr"], ignoreOrder: true);
        review.Checklists.Single(c => c.Id == "prisma-a").Items.ShouldAllBe(i => i.Status == "present" && i.Evidence.Count > 0);
    }

    [Theory]
    [InlineData("EA-HARM-010", "bleeding")]
    [InlineData("EA-HARM-001", "not counted")]
    [InlineData("EA-DOUBT-002", "disputed")]
    [InlineData("EA-DOUBT-004", "further")]
    [InlineData("EA-FUND-001", "paid for")]
    public void The_seed_gets_its_harm_doubt_and_reporting_flags(string id, string words)
    {
        FlagsOf("heparin-sepsis.txt").Single(f => f.Id == id).Message.ShouldContain(words);
    }

    [Fact]
    public void Exactly_one_level_is_given_per_example()
    {
        foreach (var seed in new[] { "rct-example.txt", "sr-example.txt", "heparin-sepsis.txt" })
        {
            FlagsOf(seed).Count(f => f.Level is not null).ShouldBe(1, seed);
        }
    }
}
