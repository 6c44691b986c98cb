using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>The model every format renders: order, grouping and the derived summaries.</summary>
public class ReportModelTests
{
    private static readonly string[] SeverityOrder = ["critical", "major", "minor", "info"];

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Flags_are_numbered_in_reading_order_grouped_by_category_most_severe_first(string name)
    {
        var report = SeedReport.Named(name);
        report.Flags.Select(f => f.Number).ShouldBe(Enumerable.Range(1, report.Flags.Count));
        report.FlagGroups.SelectMany(g => g.Flags).ShouldBe(report.Flags.Select(f => f.Number));
        report.FlagGroups.Select(g => g.Category).ShouldBeUnique();
        foreach (var group in report.FlagGroups)
        {
            var ranks = group.Flags.Select(n => Array.IndexOf(SeverityOrder, report.Flags[n - 1].Severity)).ToList();
            ranks.ShouldBe(ranks.Order());
            group.Severity.ShouldBe(report.Flags[group.Flags[0] - 1].Severity);
        }

        var groupRanks = report.FlagGroups.Select(g => Array.IndexOf(SeverityOrder, g.Severity)).ToList();
        groupRanks.ShouldBe(groupRanks.Order());
    }

    [Fact]
    public void Seed_groups_put_reporting_last_because_its_only_flag_is_minor()
    {
        SeedReport.Report.FlagGroups.Last().Category.ShouldBe("reporting");
        SeedReport.Report.FlagGroups.Last().Name.ShouldBe("Reporting");
    }

    [Fact]
    public void Bottom_line_is_three_lines_built_from_the_model()
    {
        var lines = SeedReport.Report.Glance.BottomLine;
        lines.Count.ShouldBe(3);
        lines[0].ShouldBe("A narrative review: evidence level 5 of 5 on OCEBM 2011 (treatment benefits), the weakest tier for a treatment question.");
        lines[1].ShouldBe("3 outcome claims (all reported from other work), none with a number behind it; no sample size stated.");
        lines[2].ShouldBe($"14 flags (10 major, 2 minor, 2 info); most serious: {SeedReport.Report.Flags[0].Title}.");
        SeedReport.Trial.Glance.BottomLine[0].ShouldBe("A randomised controlled trial: evidence level 2 of 5 on OCEBM 2011 (treatment benefits).");
        SeedReport.Appraise("Rapid antigen test in adults\n\nWe measured the sensitivity and specificity of a rapid antigen test against PCR in 500 adults.")
            .Glance.BottomLine[0].ShouldEndWith("; the rules assigned no evidence level.");
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("2b", 2)]
    [InlineData("1 (downgraded)", 1)]
    [InlineData("6", null)]
    [InlineData("high", null)]
    [InlineData(null, null)]
    public void Pyramid_marks_the_tier_a_level_names(string? level, int? tier)
    {
        var pyramid = EvidencePyramid.Build(level);
        pyramid.Marked.ShouldBe(tier);
        pyramid.Tiers.Count(t => t.Current).ShouldBe(tier is null ? 0 : 1);
        pyramid.Tiers.Select(t => t.Level).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void Estimates_carry_the_interval_and_p_value_written_beside_them()
    {
        var estimates = SeedReport.Trial.Facts.Numbers.EffectEstimates;
        estimates.Select(e => (e.Text, e.Interval, e.PValue)).ShouldBe(
        [
            ("RR 1.30", "95% CI 1.10 to 1.53", "p = 0.002"),
            ("HR 0.91", "95% CI 0.62 to 1.34", "p = 0.64"),
            ("OR 1.45", "95% CI 0.88 to 2.39", null),
        ]);
        SeedReport.Trial.Facts.Numbers.OtherIntervals.ShouldBeEmpty();
        SeedReport.Trial.Facts.Numbers.OtherPValues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Over a median follow-up of 5.6 years, 40 patients died.", "median follow-up of 5.6 years")]
    [InlineData("Patients took drug A for 12 weeks. Heparin reduced 28-day mortality (RR 0.80).", "time frame: 28-day")]
    [InlineData("Patients took drug A for 12 weeks. Mortality fell.", null)]
    public void Follow_up_shows_the_stated_follow_up_else_the_outcome_time_frame(string results, string? expected)
    {
        var report = SeedReport.Appraise($"Drug A in sepsis: a randomised trial.\n\nMETHODS: We randomly assigned 200 adults to drug A or placebo. RESULTS: {results}");
        if (expected is null)
        {
            report.Facts.Numbers.FollowUp.ShouldBeNull();
        }
        else
        {
            report.Facts.Numbers.FollowUp.ShouldNotBeNull().ShouldContain(expected);
        }
    }

    [Fact]
    public void A_claim_with_numbers_in_its_sentence_lists_them()
    {
        var report = SeedReport.Appraise("Heparin in sepsis: a randomised trial.\n\nWe randomly assigned 200 patients to heparin or placebo. Heparin reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92, p = 0.001).");
        var claim = report.Facts.Claims.Single(c => c.Outcome.Contains("mortality", StringComparison.Ordinal));
        claim.Numbers.ShouldBe(["RR 0.80 (95% CI 0.70 to 0.92; p = 0.001)"]);
    }

    [Fact]
    public void Sentences_know_their_section_and_the_most_severe_flag_quoting_them()
    {
        var report = SeedReport.Trial;
        report.Document.Sentences.Select(s => s.Section).ShouldBe(report.Document.Sentences.Select(s => s.Section).Order());
        report.Document.Sentences.Max(s => s.Section).ShouldBe(report.Document.Sections.Count - 1);
        foreach (var sentence in report.Document.Sentences)
        {
            sentence.Severity.ShouldBe(sentence.Flags.Count == 0 ? null : sentence.Flags.Select(n => report.Flags[n - 1].Severity).MinBy(s => Array.IndexOf(SeverityOrder, s)));
        }
    }

    [Fact]
    public void A_sentence_lists_every_flag_that_quotes_it_once_in_report_order()
    {
        var report = SeedReport.Trial;
        var quoted = 0;
        foreach (var sentence in report.Document.Sentences)
        {
            sentence.Flags.ShouldBe(sentence.Flags.Distinct().Order()); // ascending, each once
            foreach (var flag in report.Flags.Where(f => f.Evidence.Contains(sentence.Text)))
            {
                sentence.Flags.ShouldContain(flag.Number);
                quoted++;
            }

            // A flag listed here quotes this sentence or a span inside it (evidence that is part of a sentence).
            sentence.Flags.ShouldAllBe(n => report.Flags[n - 1].Evidence.Any(q => sentence.Text.Contains(q, StringComparison.Ordinal) || q.Contains(sentence.Text, StringComparison.Ordinal)));
        }

        quoted.ShouldBeGreaterThan(3); // flags do quote sentences word for word here
        report.Document.TitleFlags.ShouldBe(report.Flags.Where(f => f.Evidence.Contains(report.Document.Title)).Select(f => f.Number));
    }

    [Theory]
    [InlineData("heparin AND sepsis", "https://pubmed.ncbi.nlm.nih.gov/?term=%28heparin%20AND%20sepsis%29%20AND%20%28systematic%5Bsb%5D%20OR%20randomized%20controlled%20trial%5Bpt%5D%29")]
    [InlineData("heparin AND systematic[sb]", "https://pubmed.ncbi.nlm.nih.gov/?term=heparin%20AND%20systematic%5Bsb%5D")]
    public void Search_link_asks_pubmed_for_better_evidence(string query, string url)
    {
        SearchLink.For(query)!.Url.ShouldBe(url);
        SearchLink.For("  ").ShouldBeNull();
        SearchLink.For(null).ShouldBeNull();
    }

    [Fact]
    public void Severity_names_match_the_rule_model()
    {
        Enum.GetValues<Severity>().Select(FlagOrder.SeverityName).ShouldBe(SeverityOrder.Reverse());
    }
}
