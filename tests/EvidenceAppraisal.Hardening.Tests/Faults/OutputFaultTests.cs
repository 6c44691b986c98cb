using System.Diagnostics;
using EvidenceAppraisal.Hardening.Tests.Support;
using static EvidenceAppraisal.Hardening.Tests.Faults.BatchInputs;

namespace EvidenceAppraisal.Hardening.Tests.Faults;

/// <summary>
/// Outputs that cannot be written: a clear one-line error (exit 5) before work is lost. A folder that cannot be made
/// (its parent is a file: chmod does not stop root, which CI runs as), and a disk that fills up, simulated with a
/// file-size limit on the child process (the write fails with EFBIG, as on a FAT32 volume or under a quota).
/// </summary>
public class OutputFaultTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("batch")]
    public void An_output_folder_under_a_file_is_one_line_exit_5_and_nothing_written(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.jsonl", JsonLines(0, 3));
        var blocker = folder.Write("blocker", "a file where a folder should be");
        var output = Path.Combine(blocker, "out");

        var (code, _, error) = CliTool.Run(command, input, "--out", output, "--progress", "none");

        code.ShouldBe(5);
        var line = error.Trim().ShouldNotBeNull();
        line.ShouldStartWith("error: ");
        line.ShouldNotContain("\n");
        line.ShouldContain(blocker);
        File.ReadAllText(blocker).ShouldBe("a file where a folder should be");
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_for_batch()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.jsonl", JsonLines(0, 3));
        var output = folder.Write("out", "not a folder");

        var (code, _, error) = CliTool.Run("batch", input, "--out", output, "--progress", "none");

        code.ShouldBe(5);
        error.Trim().ShouldStartWith("error: ");
        error.ShouldContain(output);
    }

    [Fact]
    public void A_disk_that_fills_stops_batch_with_a_clear_error_and_a_resume_completes_the_same_outputs()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.jsonl", JsonLines(0, 1_500));
        var reference = folder.File("reference");
        var full = folder.File("full");
        CliTool.RunProcess(TimeSpan.FromMinutes(5), null, "batch", input, "--out", reference, "--jobs", "2", "--progress", "none").Code.ShouldBe(0);

        var (code, _, error) = RunWithFileSizeLimit(kilobytes: 256, "batch", input, "--out", full, "--jobs", "2", "--progress", "none");

        code.ShouldBe(5, error);
        var message = error.Trim();
        message.ShouldNotContain("\n");
        message.ShouldBe($"error: {Path.Combine(full, "appraisals.jsonl")}: the file system will not let the file grow any larger (a disk, quota or file-size limit); the run stopped and every line already in the outputs is whole: make room and run again with --resume");
        var kept = File.ReadAllLines(Path.Combine(full, "appraisals.jsonl")).Length;
        kept.ShouldBeInRange(1, 1_499);

        var resumed = CliTool.RunProcess(TimeSpan.FromMinutes(5), null, "batch", input, "--out", full, "--jobs", "2", "--progress", "none", "--resume");
        resumed.Code.ShouldBe(0, resumed.Error);
        Lines(Path.Combine(full, "appraisals.jsonl")).ShouldBe(Lines(Path.Combine(reference, "appraisals.jsonl")));
        File.ReadAllText(Path.Combine(full, "summary.csv")).ShouldBe(File.ReadAllText(Path.Combine(reference, "summary.csv")));
    }

    [Fact]
    public void A_disk_that_fills_stops_report_with_a_clear_error_and_leaves_no_partial_file()
    {
        using var folder = new TempFolder();
        var input = folder.Write("abstract.txt", "Heparin in sepsis\n\n" + Body(1) + " " + Body(2) + "\n");
        var output = folder.File("out");

        var (code, _, error) = RunWithFileSizeLimit(kilobytes: 8, "report", input, "--out", output, "--formats", "html,pdf,json");

        code.ShouldBe(5, error);
        error.Trim().ShouldStartWith("error: " + output);
        error.ShouldContain("the file system will not let the file grow any larger");
        Directory.GetFileSystemEntries(output).ShouldBeEmpty();
    }

    /// <summary>
    /// The CLI under <c>ulimit -f</c>, SIGXFSZ ignored so that a write past the limit fails with EFBIG instead of killing
    /// the process; the runtime's double-mapped code memory is a file too, so W^X is off for this child.
    /// </summary>
    private static (int Code, string Out, string Error) RunWithFileSizeLimit(int kilobytes, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"ulimit -f {kilobytes}; trap '' XFSZ; exec dotnet \"$0\" \"$@\"");
        info.ArgumentList.Add(CliTool.Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI under a file-size limit did not finish");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
