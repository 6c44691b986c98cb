using EvidenceAppraisal.Reporting.Markdown;

namespace EvidenceAppraisal.Reporting.Tests;

public class MarkdownReportTests
{
    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Markdown_has_every_section_in_order_and_every_flag(string name)
    {
        var report = SeedReport.Named(name);
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(report);
        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        headings.ShouldBe(["## At a glance", "## Flags", "## Claims", "## Key numbers", "## Checklists", "## The abstract, annotated", "## For the journal club"]);
        foreach (var flag in report.Flags)
        {
            markdown.ShouldContain($"**{flag.Number}. ");
            markdown.ShouldContain(MarkdownReportRenderer.Escape(flag.Title) + "**");
        }

        foreach (var line in report.Glance.BottomLine)
        {
            markdown.ShouldContain("- " + MarkdownReportRenderer.Escape(line));
        }

        markdown.ShouldContain(report.Provenance.InputHash);
    }

    [Fact]
    public void Claims_are_a_pipe_table_with_one_row_per_claim()
    {
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(SeedReport.Report);
        var table = markdown.Split('\n').SkipWhile(l => !l.StartsWith("| Claim |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        table.Count.ShouldBe(2 + SeedReport.Report.Facts.Claims.Count);
        table.Skip(2).ShouldAllBe(row => row.EndsWith("| reported from other work | none stated |", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotated_abstract_bolds_quoted_sentences_with_their_flag_numbers()
    {
        var report = SeedReport.Report;
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(report);
        foreach (var sentence in report.Document.Sentences.Where(s => s.Flags.Count > 0))
        {
            markdown.ShouldContain($"**{MarkdownReportRenderer.Escape(sentence.Text)}** \\[{string.Join(",", sentence.Flags)}\\]");
        }
    }

    [Fact]
    public void Search_link_is_a_markdown_link_when_present()
    {
        var report = SeedReport.Report with { Search = Appraising.SearchLink.For("heparin sepsis") };
        var markdown = new MarkdownReportRenderer(SeedReport.Templates).Render(report);
        markdown.ShouldContain("[Search PubMed for better evidence](https://pubmed.ncbi.nlm.nih.gov/?term=%28heparin%20sepsis%29%20AND%20");
        new MarkdownReportRenderer(SeedReport.Templates).Render(SeedReport.Report with { Search = null }).ShouldNotContain("Search PubMed");
    }
}
