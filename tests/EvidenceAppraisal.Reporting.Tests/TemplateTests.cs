using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Markdown;
using EvidenceAppraisal.Reporting.Templating;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>A profile may replace any template or partial; a broken one is reported with file, line and column.</summary>
public class TemplateTests
{
    private static ReportTemplates ProfileTemplates(params (string Name, string Text)[] files)
    {
        var folder = Repo.TempFolder();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return new ReportTemplates(folder, SeedReport.TemplatesFolder);
    }

    [Fact]
    public void A_profile_replaces_one_partial_and_keeps_the_rest()
    {
        var templates = ProfileTemplates(("partials/html/claims.html.sbn", "<section class=\"claims\"><h2 id=\"claims\">Our claims</h2>{{ report.facts.claims.size }} claims</section>"));
        var html = new HtmlReportRenderer(templates).Render(SeedReport.Report);
        html.ShouldContain("<h2 id=\"claims\">Our claims</h2>3 claims");
        html.ShouldContain("<h2 id=\"flags\">Flags</h2>");
    }

    [Fact]
    public void A_profile_replaces_a_whole_template()
    {
        var templates = ProfileTemplates(("report.md.sbn", "Journal club: {{ report.design.name }}, {{ report.flags.size }} flags"));
        new MarkdownReportRenderer(templates).Render(SeedReport.Report).ShouldBe("Journal club: narrative review, 14 flags");
    }

    [Fact]
    public void A_template_that_does_not_parse_names_file_line_and_column()
    {
        var templates = ProfileTemplates(("report.md.sbn", "# {{ report.document.title }}\n\nok\n  {{ if report.flags.size > 0 }} unclosed\n"));
        var error = Should.Throw<TemplateException>(() => new MarkdownReportRenderer(templates).Render(SeedReport.Report));
        error.Message.ShouldMatch(@"report\.md\.sbn\(4,\d+\): error: .+");
    }

    [Fact]
    public void A_broken_partial_is_reported_at_its_own_line()
    {
        var templates = ProfileTemplates(("partials/html/numbers.html.sbn", "<section>\n<p>\n{{ for x in }}\n</section>\n"));
        var error = Should.Throw<TemplateException>(() => new HtmlReportRenderer(templates).Render(SeedReport.Report));
        error.Message.ShouldMatch(@"numbers\.html\.sbn\(3,\d+\): error: .+");
    }

    [Fact]
    public void A_template_failing_at_render_time_names_file_line_and_column()
    {
        var templates = ProfileTemplates(("report.md.sbn", "line one\n{{ report.document.title | no_such_function }}\n"));
        var error = Should.Throw<TemplateException>(() => new MarkdownReportRenderer(templates).Render(SeedReport.Report));
        error.Message.ShouldMatch(@"report\.md\.sbn\(2,\d+\): error: .+");
    }

    [Fact]
    public void An_include_cannot_leave_the_templates_folders()
    {
        var templates = ProfileTemplates(("report.md.sbn", "{{ include '../../../etc/passwd' }}"));
        var error = Should.Throw<TemplateException>(() => new MarkdownReportRenderer(templates).Render(SeedReport.Report));
        error.Message.ShouldContain("not found inside the templates folder");
    }
}
