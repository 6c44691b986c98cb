using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Pdf;
using UglyToad.PdfPig;
using PdfSharpPageSize = PdfSharp.PageSize;

namespace EvidenceAppraisal.Reporting.Tests;

public class PdfReportTests
{
    private static readonly PdfReportRenderer A4 = new();

    private static string TextOf(PdfDocument pdf) => string.Join(" ", pdf.GetPages().Select(PageText));

    private static string PageText(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string Words(string text) => string.Join(" ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [MemberData(nameof(SeedReport.Names), MemberType = typeof(SeedReport))]
    public void Pdf_reads_back_every_flag_title_the_level_and_the_claims(string name)
    {
        var report = SeedReport.Named(name);
        using var pdf = PdfDocument.Open(A4.Render(report));
        var text = TextOf(pdf);
        report.Flags.ShouldNotBeEmpty();
        foreach (var flag in report.Flags)
        {
            text.ShouldContain(Words(flag.Title));
            text.ShouldContain(flag.Id);
        }

        report.Facts.Claims.ShouldNotBeEmpty();
        foreach (var claim in report.Facts.Claims)
        {
            text.ShouldContain(Words(claim.Outcome));
        }

        text.ShouldContain(report.Level is null ? "Evidence level: not assigned by the rules" : $"Evidence level: {report.Level.Level}");
        foreach (var line in report.Glance.BottomLine)
        {
            text.ShouldContain(Words(line));
        }
    }

    [Fact]
    public void Seed_pdf_states_level_5_and_marks_it_on_the_pyramid()
    {
        using var pdf = PdfDocument.Open(A4.Render(SeedReport.Report));
        var text = TextOf(pdf);
        text.ShouldContain("Evidence level: 5");
        text.ShouldContain("Level 5: Mechanism-based reasoning ◀ this study");
        text.ShouldContain("Not applicable for this design (narrative review)");
    }

    [Fact]
    public void Pdf_carries_title_subject_producer_and_embedded_fonts()
    {
        var bytes = A4.Render(SeedReport.Report);
        using var pdf = PdfDocument.Open(bytes);
        pdf.Information.Title.ShouldBe(SeedReport.Report.Document.Title);
        pdf.Information.Subject.ShouldBe("Critical appraisal of the abstract: narrative review");
        pdf.Information.Producer!.ShouldContain("PDFsharp");
        pdf.Information.Creator.ShouldStartWith("EvidenceAppraisal");
        System.Text.Encoding.Latin1.GetString(bytes).ShouldContain("/FontFile2");
        pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ShouldAllBe(f => f.Contains("DejaVu"));
    }

    [Fact]
    public void Pdf_has_a_bookmark_per_section_in_report_order()
    {
        using var pdf = PdfDocument.Open(A4.Render(SeedReport.Trial));
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(b => b.Title).ShouldBe(["Title", "At a glance", "Flags", "Claims", "Key numbers", "Checklists", "The abstract, annotated", "For the journal club", "Provenance"]);
        bookmarks.Roots.Single(b => b.Title == "Checklists").Children.Select(b => b.Title).ShouldBe(["CONSORT for Abstracts", "CASP randomised controlled trial questions"]);
    }

    [Theory]
    [InlineData(PdfSharpPageSize.A4, 595, 842)]
    [InlineData(PdfSharpPageSize.Letter, 612, 792)]
    public void Pdf_pages_are_the_size_asked_for_and_numbered(PdfSharpPageSize size, int width, int height)
    {
        using var pdf = PdfDocument.Open(new PdfReportRenderer(size).Render(SeedReport.Report));
        var pages = pdf.GetPages().ToList();
        pages.Count.ShouldBeGreaterThan(1);
        foreach (var page in pages)
        {
            ((int)Math.Round(page.Width)).ShouldBe(width);
            ((int)Math.Round(page.Height)).ShouldBe(height);
            PageText(page).ShouldContain($"Page {page.Number} of {pages.Count}");
            // Nothing is drawn outside the margins (50 pt), however long a word.
            page.Letters.ShouldAllBe(l => l.BoundingBox.Left >= 49 && l.BoundingBox.Right <= width - 49);
        }

        PageText(pages[1]).ShouldContain("Critical appraisal ·");
    }

    [Fact]
    public void A_long_table_breaks_across_pages_and_repeats_its_header()
    {
        var claims = Enumerable.Range(1, 60).Select(i => new ClaimView(
            $"Claim sentence number {i} that says the treatment improved an outcome of interest in this long invented abstract.",
            "improves", $"outcome-{i:00}", false, false, "causal", "results", [])).ToList();
        var report = SeedReport.Report with { Facts = SeedReport.Report.Facts with { Claims = claims } };
        using var pdf = PdfDocument.Open(A4.Render(report));
        var pagesWithRows = pdf.GetPages().Where(p => PageText(p).Contains("outcome-", StringComparison.Ordinal)).ToList();
        pagesWithRows.Count.ShouldBeGreaterThan(1);
        pagesWithRows.ShouldAllBe(p => PageText(p).Contains("Numbers behind it"));
        var all = TextOf(pdf);
        Enumerable.Range(1, 60).ShouldAllBe(i => all.Contains($"outcome-{i:00}"));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_inside_the_margins()
    {
        var report = SeedReport.Appraise(new string('W', 400) + " in sepsis.\n\nHeparin reduced mortality.");
        using var pdf = PdfDocument.Open(A4.Render(report));
        var page = pdf.GetPage(1);
        page.Letters.Count(l => l.Value == "W").ShouldBeGreaterThanOrEqualTo(400);
        page.Letters.ShouldAllBe(l => l.BoundingBox.Right <= page.Width - 49);
    }

    [Fact]
    public void Abstract_sentences_quoted_by_flags_carry_raised_markers_right_after_them()
    {
        var report = SeedReport.Report;
        using var pdf = PdfDocument.Open(A4.Render(report));
        TextOf(pdf).ShouldContain("Markers");
        var quoted = report.Document.Sentences.Where(s => s.Flags.Count > 0).ToList();
        quoted.Count.ShouldBe(3);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        foreach (var sentence in quoted)
        {
            var last = sentence.Text.Split(' ')[^1];
            var marker = words.Single(w => w.Text == string.Join(",", sentence.Flags) && w.Letters[0].PointSize < 7);
            // The sentence's last word in the abstract is the one the marker touches.
            var end = words.Where(w => w.Text == last).MinBy(w => Math.Abs(w.BoundingBox.Right - marker.BoundingBox.Left) + Math.Abs(w.BoundingBox.Bottom - marker.BoundingBox.Bottom))!;
            Math.Abs(end.BoundingBox.Right - marker.BoundingBox.Left).ShouldBeLessThan(1.5);
            marker.BoundingBox.Bottom.ShouldBeGreaterThan(end.BoundingBox.Bottom + 1, "the marker is raised above the baseline");
        }
    }

    [Fact]
    public void Search_link_appears_when_the_report_has_one()
    {
        var report = SeedReport.Report with { Search = new SearchView("heparin AND sepsis", "https://pubmed.ncbi.nlm.nih.gov/?term=heparin") };
        using var pdf = PdfDocument.Open(A4.Render(report));
        TextOf(pdf).ShouldContain("Search for better evidence: PubMed, systematic reviews and randomised trials on heparin AND sepsis");
        pdf.GetPages().SelectMany(p => p.GetHyperlinks()).ShouldContain(l => l.Uri == "https://pubmed.ncbi.nlm.nih.gov/?term=heparin");
    }
}
