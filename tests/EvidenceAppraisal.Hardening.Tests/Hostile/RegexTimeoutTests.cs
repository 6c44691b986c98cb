using System.Text.RegularExpressions;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Hardening.Tests.Support;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Hardening.Tests.Hostile;

/// <summary>A pattern that runs out of time costs the facts it was looking for, or the record, never the run.</summary>
public class RegexTimeoutTests
{
    /// <summary>A real catastrophic pattern with a tiny budget: it times out on any machine.</summary>
    private static readonly Regex Catastrophic = new("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(5));

    private static readonly string Fuel = new string('a', 5_000) + "!";

    private sealed class BacktrackingExtractor : IFactExtractor
    {
        public void Extract(ExtractionContext context) => Catastrophic.IsMatch(Fuel);
    }

    private sealed class FailingExtractor : IFactExtractor
    {
        public void Extract(ExtractionContext context) => throw new FormatException("The input string '\u0663' was not in a correct format.");
    }

    private sealed class FailingReader : IDocumentReader
    {
        public InputFormat Format => InputFormat.Text;

        public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
        {
            yield return ReadResult.Ok(new DocumentBuilder(source.Name, "1").Title("First").Body("Kept.").Build());
            throw new FormatException("The input string '\u0663' was not in a correct format.");
        }
    }

    private sealed class BacktrackingReader : IDocumentReader
    {
        public InputFormat Format => InputFormat.Text;

        public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
        {
            yield return ReadResult.Ok(new DocumentBuilder(source.Name, "1").Title("First").Body("Kept.").Build());
            Catastrophic.IsMatch(Fuel);
            yield return ReadResult.Ok(new DocumentBuilder(source.Name, "2").Title("Never").Build());
        }
    }

    [Fact]
    public void An_extractor_that_times_out_leaves_a_note_and_the_others_run()
    {
        var document = Pipeline.ReadOne("Heparin in sepsis\n\nHeparin reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92).");
        var extractors = FactExtraction.Default;
        var withFailure = new FactExtraction([new BacktrackingExtractor(), .. extractors.Extractors]);

        var facts = withFailure.Extract(document);

        facts.Notes.ShouldHaveSingleItem().ShouldStartWith("backtracking: gave up");
        facts.All.Count.ShouldBe(extractors.Extract(document).All.Count, "the other extractors must still run");
    }

    [Fact]
    public void The_report_says_in_every_format_what_extraction_gave_up_on()
    {
        var appraiser = new Reporting.Appraising.Appraiser(Pipeline.Appraiser.Rules, new FactExtraction([.. FactExtraction.Default.Extractors, new BacktrackingExtractor()]));
        var report = appraiser.Appraise(Pipeline.ReadOne("Heparin in sepsis\n\nHeparin reduced 28-day mortality."));

        var warning = report.Provenance.Warnings.ShouldHaveSingleItem();
        warning.ShouldStartWith("backtracking: gave up");
        Pipeline.Html.Render(report).ShouldContain("Warning: " + System.Net.WebUtility.HtmlEncode(warning));
        Pipeline.Markdown.Render(report).ShouldContain("**Warning:** backtracking: gave up");
        Pipeline.Json(report).ShouldContain("\"warnings\": [");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Pipeline.Pdf.Render(report));
        string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).ShouldContain("Warning: backtracking: gave up");
    }

    [Fact]
    public void An_extractor_that_throws_leaves_a_note_naming_the_failure_and_the_others_run()
    {
        var document = Pipeline.ReadOne("Heparin in sepsis\n\nHeparin reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92).");
        var facts = new FactExtraction([.. FactExtraction.Default.Extractors, new FailingExtractor()]).Extract(document);

        facts.Notes.ShouldHaveSingleItem().ShouldBe("failing: failed on this text (FormatException: The input string '\u0663' was not in a correct format.); facts of this kind may be missing");
        facts.All.Count.ShouldBe(FactExtraction.Default.Extract(document).All.Count);
    }

    [Fact]
    public void A_reader_that_times_out_ends_its_input_with_a_clear_error_after_the_records_it_read()
    {
        var readers = new DocumentReaders([new BacktrackingReader()]);
        using var records = readers.Read(InputSource.FromText("hostile.txt", "x"), ReadOptions.Default with { Format = InputFormat.Text }).GetEnumerator();

        records.MoveNext().ShouldBeTrue();
        records.Current.Document!.RecordId.ShouldBe("1");
        var error = Should.Throw<InputException>(() => records.MoveNext()).Error;
        error.Source.ShouldBe("hostile.txt");
        error.Message.ShouldContain("record 2 is too long or too repetitive to read in time");
    }

    [Fact]
    public void A_reader_that_fails_on_odd_input_ends_with_one_line_naming_the_record()
    {
        var readers = new DocumentReaders([new FailingReader()]);
        var read = new List<ReadResult>();
        var error = Should.Throw<InputException>(() => read.AddRange(readers.Read(InputSource.FromText("odd.txt", "x"), ReadOptions.Default with { Format = InputFormat.Text }))).Error;
        read.Count.ShouldBe(1);
        error.ToString().ShouldBe("odd.txt: record 2 could not be read (FormatException: The input string '\u0663' was not in a correct format.); please report this input");
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_as_numbers_not_crashes()
    {
        // \d matches Arabic-Indic digits; double.Parse and int.Parse refuse them.
        var document = Pipeline.ReadOne("Heparin in sepsis, \u0661\u0669\u0663\u0663\n\nHeparin reduced 28-day mortality (RR \u0660.\u0668\u0660, 95% CI \u0660.\u0667\u0660 to \u0660.\u0669\u0662) in \u0661\u0662\u0660 patients.");
        var facts = FactExtraction.Default.Extract(document);
        facts.Notes.ShouldBeEmpty();
        facts.Of<Extraction.Numbers.EstimateFact>().ShouldContain(e => e.Measure == "RR" && e.Value == 0.8);
    }

    [Fact]
    public void A_run_of_twenty_thousand_digits_is_appraised_not_crashed()
    {
        // Quadratic for a backtracking number pattern: before the guard this was an internal error.
        var report = Pipeline.Appraise("Heparin in sepsis\n\nWe found " + new string('1', 20_000) + "% of patients died. Heparin reduced mortality.");
        report.Document.Sentences.ShouldNotBeEmpty();
        Pipeline.Html.Render(report).ShouldContain("Heparin reduced mortality");
    }
}
