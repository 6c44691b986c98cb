using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Checklists;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Rules.Compiling;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>Checklists are built from the answers flags carry (<c>then.checklist</c>), never from the renderers.</summary>
public class ChecklistTests
{
    private static readonly string DemoProfile = Path.Combine(Repo.Root, "tests", "EvidenceAppraisal.Reporting.Tests", "Profiles", "checklist-demo", "profile.yaml");

    private static readonly AppraisalReport Demo = new Appraiser(RuleSetCompiler.Load(SeedReport.Rules, DemoProfile))
        .Appraise(PlainTextReader.Parse("early-mobilisation-rct.txt", File.ReadAllText(Repo.TrialAbstract)));

    private static FlagView Flag(int number, IReadOnlyDictionary<string, string> answers, string quote = "A sentence.") => new()
    {
        Number = number,
        Id = $"T-{number}",
        Title = "t",
        Category = "reporting",
        Severity = "major",
        Message = "m",
        Evidence = [quote],
        Pack = "test",
        Checklist = answers,
    };

    [Fact]
    public void Rules_answers_fill_the_items_and_the_rest_stay_not_assessed()
    {
        var consort = Demo.Checklists.Single(c => c.Id == "consort-a");
        consort.Items.Count.ShouldBe(17);
        consort.Answered.ShouldBe(3);
        var registration = consort.Items.Single(i => i.Id == "consort-a-16");
        registration.Status.ShouldBe("present");
        registration.StatusLabel.ShouldBe("Present");
        registration.Evidence.Single().ShouldContain("NCT01234567");
        Demo.Flags[registration.Flags.Single() - 1].Id.ShouldBe("DEMO-REG-001");
        consort.Items.Single(i => i.Id == "consort-a-13").Status.ShouldBe("absent");
        consort.Items.Single(i => i.Id == "consort-a-5").StatusLabel.ShouldBe("Not assessed");
        var casp = Demo.Checklists.Single(c => c.Id == "casp-rct");
        casp.Items.Single(i => i.Id == "casp-rct-2").StatusLabel.ShouldBe("Yes");
        casp.Items.Single(i => i.Id == "casp-rct-8").StatusLabel.ShouldBe("Can't tell");
    }

    [Fact]
    public void An_answer_to_an_unknown_checklist_still_shows_under_its_own_name()
    {
        var cohort = Demo.Checklists.Single(c => c.Id == "casp-cohort");
        cohort.Items.Single().Id.ShouldBe("casp-cohort-3");
        cohort.Items.Single().Status.ShouldBe("no");
    }

    [Fact]
    public void A_level_from_a_rule_marks_the_pyramid_in_every_format()
    {
        Demo.Level!.Level.ShouldBe("2");
        Demo.Glance.Pyramid.Marked.ShouldBe(2);
        Demo.Glance.BottomLine[0].ShouldStartWith("A randomised controlled trial: evidence level 2 of 5");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(new HtmlReportRenderer(SeedReport.Templates).Render(Demo));
        html.QuerySelector("ol.tiers li.current")!.TextContent.ShouldStartWith("Level 2: Randomised trial");
        html.QuerySelector("#cl-consort-a ~ table")!.TextContent.ShouldContain("✓ Present");
        using var pdf = PdfDocument.Open(new PdfReportRenderer().Render(Demo));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain("Evidence level: 2");
        text.ShouldContain("✗ Absent");
        text.ShouldContain("3 of 17 items answered by the rules");
    }

    [Fact]
    public void The_most_worrying_answer_wins_and_every_answering_flag_is_listed()
    {
        var flags = new[] { Flag(1, new Dictionary<string, string> { ["consort-a-9"] = "present" }, "Assessor-blinded."), Flag(2, new Dictionary<string, string> { ["consort-a-9"] = "Absent" }, "No blinding stated.") };
        var item = ChecklistBuilder.Build("randomized-controlled-trial", flags, ChecklistCatalogue.Default)
            .Single(c => c.Id == "consort-a").Items.Single(i => i.Id == "consort-a-9");
        item.Status.ShouldBe("absent");
        item.Flags.ShouldBe([1, 2]);
        item.Evidence.ShouldBe(["Assessor-blinded.", "No blinding stated."]);
    }

    [Theory]
    [InlineData("systematic-review", new[] { "prisma-a", "casp-sr" })]
    [InlineData("meta-analysis", new[] { "prisma-a", "casp-sr" })]
    [InlineData("randomized-controlled-trial", new[] { "consort-a", "casp-rct" })]
    [InlineData("narrative-review", new string[0])]
    [InlineData("case-report", new string[0])]
    public void Checklists_follow_the_design(string design, string[] expected)
    {
        ChecklistBuilder.Build(design, [], ChecklistCatalogue.Default).Select(c => c.Id).ShouldBe(expected);
    }

    [Fact]
    public void Profile_branding_reaches_the_report()
    {
        Demo.Branding!.Title.ShouldBe("St Example Journal Club");
        Demo.Provenance.Profile.ShouldBe("Checklist demo");
        Demo.Provenance.Packs.Select(p => p.Name).ShouldContain("checklist-demo");
    }
}
