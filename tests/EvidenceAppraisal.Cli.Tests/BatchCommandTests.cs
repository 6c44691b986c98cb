using System.Text.Json;
using AngleSharp.Html.Parser;
using static EvidenceAppraisal.Cli.Tests.BatchInputsForTests;

namespace EvidenceAppraisal.Cli.Tests;

[Collection("console")]
public class BatchCommandTests
{
    private static (int Code, string Out, string Error) Batch(params string[] args) => CliRun.Run(["batch", .. args, "--progress", "none"]);

    [Fact]
    public void Output_follows_input_order_and_is_the_same_whatever_the_number_of_jobs()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 240);
        var (serial, parallel) = (Path.Combine(folder, "one"), Path.Combine(folder, "four"));
        Batch(input, "--out", serial, "--jobs", "1").Code.ShouldBe(0);
        var (code, stdout, stderr) = Batch(input, "--out", parallel, "--jobs", "4");
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("240");

        var expected = Enumerable.Range(0, 240).Select(Id).ToList();
        Ids(Path.Combine(parallel, "appraisals.jsonl")).ShouldBe(expected);
        ReadCsv(Path.Combine(parallel, "summary.csv")).Skip(1).Select(r => r[0]).ShouldBe(expected);
        File.ReadAllLines(Path.Combine(parallel, "appraisals.jsonl")).Select(WithoutTimestamp)
            .ShouldBe(File.ReadAllLines(Path.Combine(serial, "appraisals.jsonl")).Select(WithoutTimestamp));
        File.ReadAllText(Path.Combine(parallel, "summary.csv")).ShouldBe(File.ReadAllText(Path.Combine(serial, "summary.csv")));
        new FileInfo(Path.Combine(parallel, "errors.jsonl")).Length.ShouldBe(0);
    }

    [Fact]
    public void A_record_is_appraised_the_same_whatever_records_came_before_it_on_the_same_worker()
    {
        // Several wide intervals: a rule that quotes one of them must quote the same one every time. A rule session
        // kept across documents once picked by the history of earlier documents, so the same record got different
        // flags depending on its place in the input and on --jobs.
        const string Repeated = "Falls and fractures in older adults on sleeping pills.\n\nIn this cohort of 900 older adults, "
            + "odds ratios for the top tertile of dose were 2.2 (95% CI 0.8-5.6) for falls, 2.6 (95% CI 1.0-7.0) for hip fracture "
            + "and 3.9 (95% CI 1.4-10.4) for delirium. The hazard ratio for death was 0.35 (95% CI 0.14-0.87) and 1.9 (95% CI 0.7-5.1) "
            + "after one year. Sleeping pills may increase falls.";
        var folder = CliRun.TempFolder();
        var lines = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            lines.Add(Line(Id(i), i % 3 == 2 ? Repeated : Text(i)));
        }

        var input = Path.Combine(folder, "records.jsonl");
        File.WriteAllLines(input, lines);
        Batch(input, "--out", Path.Combine(folder, "out"), "--jobs", "1").Code.ShouldBe(0);
        File.WriteAllText(Path.Combine(folder, "alone.txt"), Repeated);
        Batch(Path.Combine(folder, "alone.txt"), "--out", Path.Combine(folder, "alone")).Code.ShouldBe(0);

        static JsonElement Flags(string line) => JsonDocument.Parse(line).RootElement.GetProperty("flags");
        var alone = Flags(File.ReadLines(Path.Combine(folder, "alone", "appraisals.jsonl")).Single()).GetRawText();
        var repeats = File.ReadAllLines(Path.Combine(folder, "out", "appraisals.jsonl")).Where((_, i) => i % 3 == 2).Select(l => Flags(l).GetRawText()).ToList();
        repeats.Count.ShouldBe(8);
        alone.ShouldContain("EA-PREC-001"); // the interval rule fires: there is something to pick
        foreach (var flags in repeats)
        {
            flags.ShouldBe(alone);
        }
    }

    [Fact]
    public void An_appraisal_line_is_the_single_report_with_its_id_in_front()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 3);
        Batch(input, "--out", Path.Combine(folder, "out")).Code.ShouldBe(0);
        var line = File.ReadLines(Path.Combine(folder, "out", "appraisals.jsonl")).First();
        line.ShouldStartWith("{\"id\":\"r00000\",\"source\":");
        var report = JsonDocument.Parse(line).RootElement;
        report.GetProperty("document").GetProperty("title").GetString().ShouldBe("Record 0: a study of question 0.");
        report.GetProperty("design").GetProperty("kind").GetString().ShouldNotBeNullOrEmpty();
        foreach (var member in new[] { "facts", "flags", "counts", "questions", "provenance" })
        {
            report.TryGetProperty(member, out _).ShouldBeTrue(member);
        }
    }

    [Fact]
    public void A_bad_record_in_the_middle_is_an_error_row_and_the_run_goes_on()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 60, new Dictionary<int, string>
        {
            [20] = "{\"id\": \"r00020\", \"text\": \"cut off",
            [40] = "{\"id\": \"r00040\"}",
        });
        var outDir = Path.Combine(folder, "out");
        var (code, _, stderr) = Batch(input, "--out", outDir, "--jobs", "2");

        code.ShouldBe(2);
        stderr.ShouldContain("records.jsonl(21,");
        stderr.ShouldNotContain("   at ");
        var appraised = Ids(Path.Combine(outDir, "appraisals.jsonl"));
        appraised.ShouldBe(Enumerable.Range(0, 60).Where(i => i is not (20 or 40)).Select(Id));
        var errors = File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        errors.Select(e => e.GetProperty("id").GetString()).ShouldBe(["r00020", "r00040"]);
        errors[0].GetProperty("line").GetInt32().ShouldBe(21);
        errors[0].GetProperty("stage").GetString().ShouldBe("read");
        errors[1].GetProperty("reason").GetString()!.ShouldContain("no \"text\"");
    }

    [Fact]
    public void A_record_whose_rules_fail_is_an_error_row_and_the_records_appraised_beside_it_are_written()
    {
        // A local rule whose combinations stop the session of record 5 alone (CombinatorialProfile). Workers appraise
        // runs of records stage by stage, so the failure must stay with its record and leave the rest of its run as it
        // would be alone.
        var folder = CliRun.TempFolder();
        var profilePath = CombinatorialProfile.WriteTo(Path.Combine(folder, "profile"));
        var bad = "Record 5: many sentences.\n\n" + CombinatorialProfile.FailingBody;
        var input = WriteJsonLines(folder, "records.jsonl", 12, new Dictionary<int, string> { [5] = Line(Id(5), bad) });
        var outDir = Path.Combine(folder, "out");

        var (code, _, stderr) = Batch(input, "--out", outDir, "--profile", profilePath, "--jobs", "1");

        code.ShouldBe(2, stderr);
        stderr.ShouldNotContain("   at ");
        Ids(Path.Combine(outDir, "appraisals.jsonl")).ShouldBe(Enumerable.Range(0, 12).Where(i => i != 5).Select(Id));
        var error = JsonDocument.Parse(File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).ShouldHaveSingleItem()).RootElement;
        error.GetProperty("id").GetString().ShouldBe(Id(5));
        error.GetProperty("stage").GetString().ShouldBe("appraise");
        error.GetProperty("reason").GetString()!.ShouldContain(CombinatorialProfile.RuleId);

        // Each written record is what it is without the failing one beside it.
        var alone = WriteJsonLines(folder, "alone.jsonl", 1, first: 6);
        Batch(alone, "--out", Path.Combine(folder, "alone"), "--profile", profilePath).Code.ShouldBe(0);
        WithoutTimestamp(File.ReadLines(Path.Combine(folder, "alone", "appraisals.jsonl")).Single())
            .ShouldBe(WithoutTimestamp(File.ReadLines(Path.Combine(outDir, "appraisals.jsonl")).Single(l => l.StartsWith($"{{\"id\":\"{Id(6)}\"", StringComparison.Ordinal))).Replace("records.jsonl", "alone.jsonl"));
    }

    [Fact]
    public void A_mix_of_formats_and_folders_is_read_in_argument_then_path_order()
    {
        var folder = CliRun.TempFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        File.Copy(Repo.Seed, Path.Combine(inputs, "a-seed.txt"));
        WriteJsonLines(inputs, "b-records.jsonl", 5);
        File.WriteAllText(Path.Combine(inputs, "c-empty.txt"), "");
        File.WriteAllText(Path.Combine(inputs, "notes.md"), "not an input: folders are searched by extension");
        var single = WriteJsonLines(folder, "first.jsonl", 2, first: 100);
        var outDir = Path.Combine(folder, "out");

        var (code, _, stderr) = Batch(single, inputs, "--out", outDir);

        code.ShouldBe(2, stderr);
        var ids = Ids(Path.Combine(outDir, "appraisals.jsonl"));
        ids.Count.ShouldBe(2 + 1 + 5);
        ids.Take(2).ShouldBe([Id(100), Id(101)]);
        ids[2].ShouldEndWith("a-seed.txt#1");
        ids.Skip(3).ShouldBe(Enumerable.Range(0, 5).Select(Id));
        var error = JsonDocument.Parse(File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).ShouldHaveSingleItem()).RootElement;
        error.GetProperty("id").GetString()!.ShouldEndWith("c-empty.txt");
        error.GetProperty("stage").GetString().ShouldBe("input");
        error.GetProperty("reason").GetString().ShouldBe("is empty");
    }

    [Fact]
    public void A_folder_with_an_earlier_run_is_not_overwritten_without_being_asked()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 4);
        var outDir = Path.Combine(folder, "out");
        Batch(input, "--out", outDir).Code.ShouldBe(0);
        var before = File.ReadAllText(Path.Combine(outDir, "appraisals.jsonl"));

        var (code, _, stderr) = Batch(input, "--out", outDir);
        code.ShouldBe(64);
        stderr.ShouldContain("--resume");
        File.ReadAllText(Path.Combine(outDir, "appraisals.jsonl")).ShouldBe(before);

        Batch(input, "--out", outDir, "--overwrite").Code.ShouldBe(0);
        Ids(Path.Combine(outDir, "appraisals.jsonl")).Count.ShouldBe(4);
    }

    [Fact]
    public void Missing_input_is_one_line_and_nothing_is_written()
    {
        var folder = CliRun.TempFolder();
        var outDir = Path.Combine(folder, "out");
        var (code, _, stderr) = Batch(Path.Combine(folder, "nope.jsonl"), "--out", outDir);
        code.ShouldBe(2);
        stderr.Trim().ShouldBe($"error: {Path.Combine(folder, "nope.jsonl")}: no such file or folder");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_record()
    {
        var folder = CliRun.TempFolder();
        var path = Path.Combine(folder, "dupes.jsonl");
        File.WriteAllLines(path, [Line("x", Text(0)), Line("y", Text(1)), Line("x", Text(2))]);
        var (code, stdout, _) = Batch(path, "--out", Path.Combine(folder, "out"));
        code.ShouldBe(0);
        Ids(Path.Combine(folder, "out", "appraisals.jsonl")).ShouldBe(["x", "y"]);
        stdout.ShouldContain("duplicates");
    }

    [Fact]
    public void Summary_csv_quotes_fields_and_defuses_formulas()
    {
        var folder = CliRun.TempFolder();
        var path = Path.Combine(folder, "odd.jsonl");
        File.WriteAllLines(path, [Line("q,1", "=HYPERLINK(\"x\"), a \"quoted\" title\n\n" + Text(0).Split("\n\n")[1])]);
        Batch(path, "--out", Path.Combine(folder, "out")).Code.ShouldBe(0);
        var rows = ReadCsv(Path.Combine(folder, "out", "summary.csv"));
        rows[0].ShouldBe(["id", "title", "design", "level", "critical", "major", "minor", "info", "top_flags"]);
        rows[1][0].ShouldBe("q,1");
        rows[1][1].ShouldBe("'=HYPERLINK(\"x\"), a \"quoted\" title."); // titles end with a full stop in every format
        rows[1].Count.ShouldBe(9);
    }

    [Fact]
    public void Html_pages_and_an_escaped_index_list_every_record()
    {
        var folder = CliRun.TempFolder();
        var path = Path.Combine(folder, "html.jsonl");
        File.WriteAllLines(path, [Line("a", Text(0)), Line("b/<2>", "<script>alert(1)</script> & more\n\n" + Text(1).Split("\n\n")[1]), Line("c", Text(2))]);
        var outDir = Path.Combine(folder, "out");
        Batch(path, "--out", outDir, "--html").Code.ShouldBe(0);

        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(outDir, "index.html")));
        var rows = index.QuerySelectorAll("#records tbody tr");
        rows.Select(r => r.Children[0].TextContent).ShouldBe(["a", "b/<2>", "c"]);
        rows[1].Children[1].TextContent.ShouldBe("<script>alert(1)</script> & more."); // titles end with a full stop in every format
        index.QuerySelectorAll("script").Length.ShouldBe(1);
        foreach (var link in index.QuerySelectorAll("#records a"))
        {
            File.Exists(Path.Combine(outDir, link.GetAttribute("href")!)).ShouldBeTrue(link.GetAttribute("href"));
        }

        index.QuerySelectorAll("#records a").Length.ShouldBe(3);
        Directory.GetFiles(Path.Combine(outDir, "html")).Length.ShouldBe(3);
        index.QuerySelectorAll("link[href], script[src], img[src]").ShouldBeEmpty();
    }
}

[Collection("console")]
public class BatchProgressTests
{
    [Fact]
    public void Redirected_output_gets_plain_progress_lines_with_rate_and_time_left()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 1500);
        var (code, _, stderr) = CliRun.Run("batch", input, "--out", Path.Combine(folder, "out"), "--progress", "plain", "--progress-interval", "0.05");
        code.ShouldBe(0);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^batch: [\d,]+ records \([\d,]+ errors\), [\d,]+/s, \d+ ?% of input, (\d+:\d\d:\d\d|\?) left$"));
    }

    [Fact]
    public void Unknown_progress_mode_is_a_usage_error()
    {
        var (code, _, stderr) = CliRun.Run("batch", Repo.Seed, "--out", CliRun.TempFolder(), "--progress", "fancy");
        code.ShouldBe(64);
        stderr.ShouldContain("--progress 'fancy'");
    }
}
