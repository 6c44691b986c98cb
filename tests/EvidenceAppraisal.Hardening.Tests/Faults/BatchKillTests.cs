using System.Diagnostics;
using EvidenceAppraisal.Hardening.Tests.Support;
using Xunit.Abstractions;
using static EvidenceAppraisal.Hardening.Tests.Faults.BatchInputs;

namespace EvidenceAppraisal.Hardening.Tests.Faults;

/// <summary>
/// The batch command killed at random moments and resumed each time ends with exactly the outputs of a run that was
/// never interrupted: the same appraisal lines (but for their generation time), errors and summary, in the same order.
/// </summary>
public class BatchKillTests(ITestOutputHelper output)
{
    /// <summary>Records in the input: enough that a run outlasts a few kills on a busy two-core machine.</summary>
    private const int Records = 8_000;

    [Fact]
    public void Killed_at_random_moments_and_resumed_it_writes_exactly_the_records_of_an_uninterrupted_run()
    {
        using var folder = new TempFolder();
        var inputs = WriteInputs(folder);
        var reference = folder.File("reference");
        var resumed = folder.File("resumed");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        var (code, _, error) = CliTool.RunProcess(TimeSpan.FromMinutes(10), null, ["batch", .. inputs, "--out", reference, "--jobs", "2", "--progress", "none"]);
        code.ShouldBe(2, error); // the broken records are error rows
        var expected = Lines(Path.Combine(reference, "appraisals.jsonl"));
        expected.Length.ShouldBe(Records + 40 - 2);

        var kills = 0;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            string[] args = ["batch", .. inputs, "--out", resumed, "--jobs", "2", "--progress", "none", .. attempt > 0 ? new[] { "--resume" } : []];
            using var child = CliTool.Start(null, args);
            child.StandardInput.Close();
            _ = child.StandardOutput.ReadToEndAsync();
            _ = child.StandardError.ReadToEndAsync();
            // Anywhere from start-up (before any output) to well into the run.
            Thread.Sleep(random.Next(300, 2_500));
            if (child.HasExited)
            {
                break;
            }

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            kills++;
            output.WriteLine($"kill {kills}: {Lines(Path.Combine(resumed, "appraisals.jsonl")).Length} appraisal lines on disk");
        }

        var final = CliTool.RunProcess(TimeSpan.FromMinutes(10), null, ["batch", .. inputs, "--out", resumed, "--jobs", "2", "--progress", "none", "--resume"]);
        final.Code.ShouldBeOneOf([0, 2], final.Error); // 2 when the broken records' rows are written in this last run
        output.WriteLine($"{kills} kills; {expected.Length} appraisal lines compared");
        kills.ShouldBeGreaterThan(0, "every run ended before it could be killed: give the input more records");

        Lines(Path.Combine(resumed, "appraisals.jsonl")).ShouldBe(expected);
        Lines(Path.Combine(resumed, "errors.jsonl")).ShouldBe(Lines(Path.Combine(reference, "errors.jsonl")));
        File.ReadAllText(Path.Combine(resumed, "summary.csv")).ShouldBe(File.ReadAllText(Path.Combine(reference, "summary.csv")));
    }

    /// <summary>JSON Lines with two broken records, then a gzipped PubMed set: two formats, error rows, several files.</summary>
    private static string[] WriteInputs(TempFolder folder)
    {
        var jsonl = folder.Write("in/a.jsonl", JsonLines(0, Records, new Dictionary<int, string> { [700] = "{\"id\": \"h00700\"}", [5900] = "not json at all" }));
        var xml = folder.Write("in/b.xml.gz", Gzip(PubMedSet(Enumerable.Range(Records, 40).Select(PubMedRecord))));
        return [jsonl, xml];
    }
}
