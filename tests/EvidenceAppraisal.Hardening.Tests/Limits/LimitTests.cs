using EvidenceAppraisal.Hardening.Tests.Support;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Hardening.Tests.Limits;

/// <summary>Every limit can be set, and hitting one says which limit and how to raise it.</summary>
public class LimitTests
{
    private const string Seedlike = "Heparin in sepsis\n\nHeparin reduced 28-day mortality in 120 patients (RR 0.80, 95% CI 0.70 to 0.92). Further studies are needed.";

    [Fact]
    public void Input_size_over_the_limit_is_refused_naming_the_limit()
    {
        var error = Should.Throw<InputException>(() => Pipeline.Read(Seedlike, "big.txt", ReadOptions.Default with { MaxTextBytes = 50 })).Error;
        error.Source.ShouldBe("big.txt");
        error.Message.ShouldContain("larger than the limit of 50 bytes");
        Pipeline.Read(Seedlike, "big.txt", ReadOptions.Default with { MaxTextBytes = 10_000 }).ShouldHaveSingleItem().Document.ShouldNotBeNull();
    }

    [Fact]
    public void Record_count_over_the_limit_stops_the_input_after_the_records_allowed()
    {
        var readers = new DocumentReaders([new CountingReader(5)]);
        var source = InputSource.FromText("many.txt", "x");
        var options = ReadOptions.Default with { Format = InputFormat.Text, MaxRecords = 3 };
        var read = new List<ReadResult>();
        var error = Should.Throw<InputException>(() => read.AddRange(readers.Read(source, options))).Error;
        read.Count.ShouldBe(3);
        error.Message.ShouldBe("holds more than 3 records, the limit for one input (--max-records raises it)");
        readers.Read(source, options with { MaxRecords = 5 }).Count().ShouldBe(5);
    }

    [Fact]
    public void A_hundred_thousand_short_lines_are_one_record_over_the_text_and_sentence_limits_and_fit_when_raised()
    {
        var text = "A title\n" + string.Concat(Enumerable.Range(1, 100_000).Select(i => $"Line {i} of the abstract.\n"));
        var failed = Pipeline.Read(text, "lines.txt").ShouldHaveSingleItem();
        failed.Error.ShouldNotBeNull().Message.ShouldBe("has 2,788,904 characters of text, more than the limit of 1,000,000 for one abstract (--max-chars raises it)");

        var raised = ReadOptions.Default with { MaxTextChars = 3_000_000 };
        Pipeline.Read(text, "lines.txt", raised).ShouldHaveSingleItem().Error.ShouldNotBeNull().Message
            .ShouldBe("has 100,000 sentences, more than the limit of 5,000 for one abstract (--max-sentences raises it)");

        var document = Pipeline.Read(text, "lines.txt", raised with { MaxSentences = 100_000 }).ShouldHaveSingleItem().Document.ShouldNotBeNull();
        document.Sentences.Count.ShouldBe(100_000);
    }

    [Fact]
    public void Rule_count_over_the_limit_is_a_diagnostic_naming_the_setting()
    {
        using var folder = new TempFolder();
        RulePacks.Write(folder, 5);
        var loaded = RuleSetLoader.LoadPaths([folder.File("local")]);
        var (compiled, diagnostics) = RuleSetCompiler.TryCompile(loaded, new RuleLimits { MaxRules = 4 });
        compiled.ShouldBeNull();
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.TooManyRules);
        diagnostic.Message.ShouldBe("5 rules exceed the limit of 4 (EVIDENCE_APPRAISAL_MAX_RULES raises it)");
        RuleSetCompiler.TryCompile(loaded, new RuleLimits { MaxRules = 5 }).RuleSet.ShouldNotBeNull();
    }

    [Fact]
    public void Expression_length_over_the_limit_is_a_diagnostic_and_a_larger_limit_admits_it()
    {
        using var folder = new TempFolder();
        var longWhere = string.Join(" || ", Enumerable.Range(0, 60).Select(i => $"Confidence > 0.{i:000}00000000000001"));
        longWhere.Length.ShouldBeGreaterThan(2_000);
        RulePacks.Write(folder, 1, longWhere);
        var loaded = RuleSetLoader.LoadPaths([folder.File("local")]);

        var diagnostic = RuleSetCompiler.TryCompile(loaded, new RuleLimits()).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.ExpressionTooLong);
        diagnostic.Message.ShouldBe("expression is longer than 2,000 characters (EVIDENCE_APPRAISAL_MAX_EXPRESSION_CHARS raises it)");
        diagnostic.Location.Line.ShouldBe(11);

        RuleSetCompiler.TryCompile(loaded, new RuleLimits { MaxExpressionChars = 5_000 }).Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
    }

    [Fact]
    public void Report_output_over_the_limit_is_refused_naming_the_setting()
    {
        var report = Pipeline.Appraise(Seedlike);
        var small = new HtmlReportRenderer(new ReportTemplates(Pipeline.TemplatesFolder) { MaxOutputChars = 1_000 });
        Should.Throw<ReportTooLargeException>(() => small.Render(report)).Message
            .ShouldBe("report.html.sbn: the report would exceed 1,000 characters, the limit for one report (EVIDENCE_APPRAISAL_MAX_REPORT_CHARS raises it)");
        Pipeline.Html.Render(report).Length.ShouldBeGreaterThan(1_000);
    }

    [Fact]
    public void A_sentence_longer_than_scribans_own_string_limit_is_rendered_whole()
    {
        // Scriban cuts strings over a million characters with "..." unless told otherwise: the report must not.
        var sentence = "Heparin reduced mortality " + string.Concat(Enumerable.Repeat("in patients with sepsis ", 60_000)) + "today.";
        var report = Pipeline.Appraiser.Appraise(new DocumentBuilder("long.txt").Title("A title").Section("Results", sentence).Build());
        report.Document.Sentences.ShouldContain(s => s.Text.Length > 1_048_576);
        var html = Pipeline.Html.Render(report);
        html.ShouldContain(sentence);
        Pipeline.Markdown.Render(report).ShouldContain(sentence);
    }

    [Fact]
    public void A_template_that_loops_without_end_stops_at_the_output_limit()
    {
        using var folder = new TempFolder();
        // A profile's template may be hostile: nine million characters from a few bytes.
        folder.Write("templates/report.html.sbn", "{{ for i in 1..300 }}{{ for j in 1..300 }}" + new string('x', 100) + "{{ end }}{{ end }}");
        var templates = new ReportTemplates(folder.File("templates"), Pipeline.TemplatesFolder) { MaxOutputChars = 5_000_000 };
        var before = GC.GetTotalAllocatedBytes();
        Should.Throw<ReportTooLargeException>(() => new HtmlReportRenderer(templates).Render(Pipeline.Appraise(Seedlike)))
            .Message.ShouldContain("the report would exceed 5,000,000 characters");
        (GC.GetTotalAllocatedBytes() - before).ShouldBeLessThan(1L << 30, "the output grew far past the limit before it was stopped");
    }

    [Fact]
    public void Pdf_pages_over_the_limit_are_refused_naming_the_setting()
    {
        var report = Pipeline.Appraise(Seedlike);
        Should.Throw<ReportTooLargeException>(() => new PdfReportRenderer { MaxPages = 1 }.Render(report)).Message
            .ShouldBe("the PDF report would exceed 1 pages, the limit for one report (EVIDENCE_APPRAISAL_MAX_PDF_PAGES raises it)");
        new PdfReportRenderer { MaxPages = 50 }.Render(report).Length.ShouldBeGreaterThan(0);
    }

    private sealed class CountingReader(int records) : IDocumentReader
    {
        public InputFormat Format => InputFormat.Text;

        public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
        {
            for (var i = 1; i <= records; i++)
            {
                yield return ReadResult.Ok(new DocumentBuilder(source.Name, i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Title($"Record {i}").Body("Text.").Build());
            }
        }
    }
}
