using System.Diagnostics;
using System.Text;
using static EvidenceAppraisal.Cli.Tests.BatchInputsForTests;

namespace EvidenceAppraisal.Cli.Tests;

[Collection("console")]
public class BatchResumeTests
{
    private static (int Code, string Out, string Error) Batch(params string[] args) => CliRun.Run(["batch", .. args, "--progress", "none"]);

    private static string[] Lines(string folder, string name) => File.ReadAllLines(Path.Combine(folder, name)).Select(WithoutTimestamp).ToArray();

    [Fact]
    public void Resume_after_torn_lines_loses_and_duplicates_nothing()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 120, new Dictionary<int, string> { [30] = "{\"id\": \"r00030\"}", [90] = "not json" });
        var complete = Path.Combine(folder, "complete");
        Batch(input, "--out", complete, "--jobs", "2").Code.ShouldBe(2);

        // A crash mid-write: every file cut inside a line, at different places.
        var killed = Path.Combine(folder, "killed");
        Directory.CreateDirectory(killed);
        CutMidLine(Path.Combine(complete, "appraisals.jsonl"), Path.Combine(killed, "appraisals.jsonl"), keepLines: 70);
        CutMidLine(Path.Combine(complete, "summary.csv"), Path.Combine(killed, "summary.csv"), keepLines: 40);
        CutMidLine(Path.Combine(complete, "errors.jsonl"), Path.Combine(killed, "errors.jsonl"), keepLines: 1);

        var (code, stdout, stderr) = Batch(input, "--out", killed, "--jobs", "3", "--resume");

        code.ShouldBe(2, stderr); // the error row for line 91 is written again: it was torn
        stdout.ShouldContain("resume: 71 records already done (70 appraised, 1 errors); cut a torn last line");
        Lines(killed, "appraisals.jsonl").ShouldBe(Lines(complete, "appraisals.jsonl"));
        Lines(killed, "errors.jsonl").ShouldBe(Lines(complete, "errors.jsonl"));
        File.ReadAllText(Path.Combine(killed, "summary.csv")).ShouldBe(File.ReadAllText(Path.Combine(complete, "summary.csv")));
    }

    [Fact]
    public void Resume_of_a_finished_run_writes_nothing_new()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 20);
        var outDir = Path.Combine(folder, "out");
        Batch(input, "--out", outDir).Code.ShouldBe(0);
        var before = File.ReadAllText(Path.Combine(outDir, "appraisals.jsonl"));

        var (code, stdout, _) = Batch(input, "--out", outDir, "--resume");

        code.ShouldBe(0);
        stdout.ShouldContain("skipped (done before)");
        File.ReadAllText(Path.Combine(outDir, "appraisals.jsonl")).ShouldBe(before);
    }

    [Fact]
    public void Resume_refuses_a_file_it_did_not_write()
    {
        var folder = CliRun.TempFolder();
        var input = WriteJsonLines(folder, "records.jsonl", 2);
        var outDir = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
        File.WriteAllText(Path.Combine(outDir, "appraisals.jsonl"), "{\"something\": \"else\"}\n");
        var (code, _, stderr) = Batch(input, "--out", outDir, "--resume");
        code.ShouldBe(2);
        stderr.Trim().ShouldBe($"error: {Path.Combine(outDir, "appraisals.jsonl")}(1): is not a line this batch command wrote, so the run cannot resume; move the output folder aside or use --overwrite");
    }

    [Fact]
    public void A_killed_process_resumed_loses_and_duplicates_nothing()
    {
        var folder = CliRun.TempFolder();
        const int count = 8_000;
        var input = WriteJsonLines(folder, "records.jsonl", count);
        var outDir = Path.Combine(folder, "out");
        var appraisals = Path.Combine(outDir, "appraisals.jsonl");

        using (var child = StartCli("batch", input, "--out", outDir, "--jobs", "2", "--progress", "none"))
        {
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && LineCount(appraisals) < 50 && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            child.HasExited.ShouldBeFalse("the run ended before it could be killed; give it more records");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var written = LineCount(appraisals);
        written.ShouldBeInRange(50, count - 1);

        var (code, stdout, stderr) = Batch(input, "--out", outDir, "--resume");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("resume: ");
        Ids(appraisals).ShouldBe(Enumerable.Range(0, count).Select(Id));
        ReadCsv(Path.Combine(outDir, "summary.csv")).Skip(1).Select(r => r[0]).ShouldBe(Enumerable.Range(0, count).Select(Id));
        new FileInfo(Path.Combine(outDir, "errors.jsonl")).Length.ShouldBe(0);
    }

    private static void CutMidLine(string from, string to, int keepLines)
    {
        var bytes = File.ReadAllBytes(from);
        var at = 0;
        for (var line = 0; line < keepLines; line++)
        {
            at = Array.IndexOf(bytes, (byte)'\n', at) + 1;
        }

        var next = Array.IndexOf(bytes, (byte)'\n', at);
        File.WriteAllBytes(to, bytes[..(at + Math.Max(1, (next - at) / 2))]);
    }

    private static int LineCount(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var count = 0;
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            count += buffer.AsSpan(0, n).Count((byte)'\n');
        }

        return count;
    }

    /// <summary>The CLI as a child process (the same build the tests reference), so that it can be killed; its output drained.</summary>
    private static Process StartCli(params string[] args)
    {
        var process = CliTool.Start(null, args);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
