namespace EvidenceAppraisal.Cli.Tests;

[Collection("console")]
public class ReportCommandTests
{
    [Theory]
    [InlineData("report", "-", "--formats", "json", "--out", "{out}")]
    [InlineData("read", "-")]
    [InlineData("rules", "explain", "-")]
    public async Task A_dash_reads_standard_input(params string[] args)
    {
        var outDir = CliRun.TempFolder();
        using var process = CliTool.Start(null, [.. args.Select(a => a.Replace("{out}", outDir, StringComparison.Ordinal))]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Repo.Seed));
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var (output, error) = (await stdout, await stderr);

        process.ExitCode.ShouldBe(0, error);
        (output + error).ShouldContain("stdin");
        output.ShouldContain("Heparin", Case.Insensitive);
        if (args[0] == "report")
        {
            File.ReadAllText(Path.Combine(outDir, "stdin.json")).ShouldContain("narrative-review");
        }
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_in_one_line_and_left_alone()
    {
        var file = Path.Combine(CliRun.TempFolder(), "notes.txt");
        File.WriteAllText(file, "mine");
        var (code, _, stderr) = CliRun.Run("report", Repo.Seed, "--out", file);
        code.ShouldBe(5);
        stderr.Trim().ShouldBe($"error: {file}: is a file, not a folder; give --out a folder");
        File.ReadAllText(file).ShouldBe("mine");
    }

    [Fact]
    public void Seed_report_writes_html_pdf_and_json()
    {
        var outDir = CliRun.TempFolder();
        var (code, stdout, stderr) = CliRun.Run("report", Repo.Seed, "--out", outDir);
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("heparin-sepsis.html");
        foreach (var name in new[] { "heparin-sepsis.html", "heparin-sepsis.pdf", "heparin-sepsis.json" })
        {
            new FileInfo(Path.Combine(outDir, name)).Length.ShouldBeGreaterThan(1000);
        }

        Directory.GetFiles(outDir).Length.ShouldBe(3);
    }

    [Fact]
    public void Missing_input_is_one_line_and_writes_nothing()
    {
        var outDir = CliRun.TempFolder();
        var (code, _, stderr) = CliRun.Run("report", Path.Combine(outDir, "nope.txt"), "--out", outDir);
        code.ShouldBe(2);
        stderr.Trim().ShouldBe($"error: {Path.Combine(outDir, "nope.txt")}: no such file");
        Directory.GetFiles(outDir).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x43, 0x61, 0x66, 0xE9 }, "UTF-8")]
    public void Unreadable_input_is_one_line_with_nonzero_exit_and_no_output(byte[] content, string reason)
    {
        var folder = CliRun.TempFolder();
        var input = Path.Combine(folder, "input.txt");
        File.WriteAllBytes(input, content);
        var outDir = Path.Combine(folder, "out");
        var (code, _, stderr) = CliRun.Run("report", input, "--out", outDir);
        code.ShouldBe(2);
        stderr.ShouldContain(reason);
        stderr.Trim().Split('\n').Length.ShouldBe(1);
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void Unknown_output_format_is_a_usage_error()
    {
        var (code, _, stderr) = CliRun.Run("report", Repo.Seed, "--formats", "docx");
        code.ShouldNotBe(0);
        stderr.ShouldNotContain("   at ");
    }
}
