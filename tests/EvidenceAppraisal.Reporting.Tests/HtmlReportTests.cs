using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Tests;

public class HtmlReportTests
{
    private static IDocument Parse(AppraisalReport report) =>
        new HtmlParser().ParseDocument(new HtmlReportRenderer(SeedReport.Templates).Render(report));

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Sections_come_in_report_order_with_headings_that_never_skip_a_level(string name)
    {
        var document = Parse(SeedReport.Named(name));
        document.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe([SeedReport.Named(name).Document.Title]);
        document.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(
            ["At a glance", "Flags", "Claims", "Key numbers", "Checklists", "The abstract, annotated", "For the journal club", "Provenance"]);
        var previous = 1;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            level.ShouldBeLessThanOrEqualTo(previous + 1, heading.TextContent);
            previous = level;
        }
    }

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Page_is_self_contained(string name)
    {
        var document = Parse(SeedReport.Named(name));
        document.QuerySelectorAll("script, link, iframe, object, embed").Length.ShouldBe(0);
        document.QuerySelectorAll("[src]").ShouldAllBe(e => e.GetAttribute("src")!.StartsWith("data:", StringComparison.Ordinal));
        document.QuerySelector("style")!.TextContent.ShouldNotContain("url(");
        document.QuerySelector("style")!.TextContent.ShouldContain("@media print");
        document.QuerySelector("meta[name=viewport]").ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Flags_are_grouped_by_category_and_say_their_severity_in_words(string name)
    {
        var report = SeedReport.Named(name);
        var document = Parse(report);
        var articles = document.QuerySelectorAll("article.flag");
        articles.Length.ShouldBe(report.Flags.Count);
        foreach (var (article, flag) in articles.Zip(report.Flags))
        {
            article.Id.ShouldBe($"flag-{flag.Number}");
            article.ParentElement!.QuerySelector("h3")!.TextContent.ShouldStartWith(report.FlagGroups.Single(g => g.Flags.Contains(flag.Number)).Name);
            article.QuerySelector(".badge")!.TextContent.ShouldContain(flag.Severity);
            article.QuerySelector("h4")!.TextContent.ShouldContain(flag.Title);
            article.QuerySelector(".rule-id")!.TextContent.ShouldContain(flag.Id);
            article.QuerySelectorAll("blockquote").Select(b => b.TextContent).ShouldBe(flag.Evidence);
        }
    }

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Every_quoted_sentence_is_marked_and_every_in_page_link_resolves(string name)
    {
        var report = SeedReport.Named(name);
        var document = Parse(report);
        var marks = document.QuerySelectorAll("section.abstract mark");
        marks.Select(m => m.TextContent).ShouldBe(report.Document.Sentences.Where(s => s.Flags.Count > 0).Select(s => s.Text));
        foreach (var mark in marks)
        {
            var refs = mark.NextElementSibling!;
            refs.LocalName.ShouldBe("sup");
            refs.QuerySelectorAll("a").Length.ShouldBeGreaterThan(0);
        }

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            ids.ShouldContain(link.GetAttribute("href")![1..]);
        }

        // Each flag quoting a sentence links back to it.
        foreach (var flag in report.Flags.Where(f => report.Document.Sentences.Any(s => s.Flags.Contains(f.Number))))
        {
            document.QuerySelector($"#flag-{flag.Number} a[href^='#s-']").ShouldNotBeNull();
        }
    }

    [Fact]
    public void Pyramid_marks_the_level_in_words_and_the_svg_is_labelled()
    {
        var document = Parse(SeedReport.Report);
        var svg = document.QuerySelector("svg.pyramid-svg")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.QuerySelector("title")!.TextContent.ShouldContain("level 5 of 5");
        svg.QuerySelectorAll("polygon.current").Length.ShouldBe(1);
        document.QuerySelector("ol.tiers li.current")!.TextContent.ShouldContain("Level 5");
        document.QuerySelector("ol.tiers li.current")!.TextContent.ShouldContain("this study");
        document.QuerySelectorAll(".bottom-line li").Length.ShouldBe(3);
    }

    [Fact]
    public void Claims_table_shows_whose_claim_and_the_numbers_or_none_stated()
    {
        var document = Parse(SeedReport.Report);
        var rows = document.QuerySelectorAll("section.claims tbody tr");
        rows.Length.ShouldBe(SeedReport.Report.Facts.Claims.Count);
        rows.ShouldAllBe(r => r.Children[2].TextContent == "reported from other work" && r.Children[3].TextContent == "none stated");
        document.QuerySelectorAll("section.claims th[scope=col]").Length.ShouldBe(4);
    }

    [Fact]
    public void Trial_estimates_sit_beside_their_intervals_and_p_values()
    {
        var document = Parse(SeedReport.Trial);
        var rows = document.QuerySelectorAll("section.numbers tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.ShouldContain(r => r[0] == "RR 1.30" && r[1] == "95% CI 1.10 to 1.53" && r[2] == "p = 0.002");
        rows.ShouldContain(r => r[0] == "OR 1.45" && r[2] == "none stated");
    }

    [Fact]
    public void Checklists_are_not_applicable_for_a_review_and_listed_in_full_for_a_trial()
    {
        Parse(SeedReport.Report).QuerySelector("section.checklists p")!.TextContent.ShouldStartWith("Not applicable for this design");
        var trial = Parse(SeedReport.Trial);
        trial.QuerySelectorAll("section.checklist h3").Select(h => h.TextContent).ShouldBe(["CONSORT for Abstracts", "CASP randomised controlled trial questions"]);
        trial.QuerySelectorAll("#cl-consort-a ~ table tbody tr").Length.ShouldBe(17);
        trial.QuerySelectorAll("#cl-casp-rct ~ table tbody tr").Length.ShouldBe(11);
    }

    [Fact]
    public void Search_link_is_rendered_only_when_present()
    {
        Parse(SeedReport.Report with { Search = null }).QuerySelector("p.search").ShouldBeNull();
        var search = Appraising.SearchLink.For("heparin[tiab] AND sepsis[mh]")!;
        var link = Parse(SeedReport.Report with { Search = search }).QuerySelector("p.search a")!;
        link.GetAttribute("href").ShouldBe(search.Url);
        search.Url.ShouldStartWith("https://pubmed.ncbi.nlm.nih.gov/?term=%28heparin%5Btiab%5D%20AND%20sepsis%5Bmh%5D%29%20AND%20");
    }

    [Fact]
    public void Pmid_and_doi_become_links()
    {
        var document = SeedReport.WithMetadata(File.ReadAllText(Repo.Seed), new Documents.DocumentMetadata { Pmid = "12345678", Doi = "10.1000/xyz(2020)01", Journal = "Zhonghua Wei Zhong Bing Ji Jiu Yi Xue", Year = 2020, Language = "chi" });
        var html = Parse(SeedReport.Appraiser.Appraise(document));
        html.QuerySelector(".meta a[href='https://pubmed.ncbi.nlm.nih.gov/12345678/']")!.TextContent.ShouldBe("PMID 12345678");
        html.QuerySelector(".meta a[href^='https://doi.org/10.1000/']")!.GetAttribute("href").ShouldBe("https://doi.org/10.1000/xyz%282020%2901");
        html.QuerySelector(".report-header .note")!.TextContent.ShouldBe("Translated title; original in Chinese.");
    }
}
