using EvidenceAppraisal.Hardening.Tests.Support;
using static EvidenceAppraisal.Hardening.Tests.Faults.BatchInputs;

namespace EvidenceAppraisal.Hardening.Tests.Faults;

/// <summary>A gzipped PubMed file with a record that cannot be read: that record is reported, the others go on where the format allows.</summary>
public class GzipFaultTests
{
    [Fact]
    public void A_malformed_record_in_a_gzip_stream_is_one_error_row_and_the_rest_are_appraised()
    {
        using var folder = new TempFolder();
        var records = Enumerable.Range(0, 30).Select(PubMedRecord).ToList();
        records[12] = records[12].Replace("</ArticleTitle>", "</ArticleTitl>", StringComparison.Ordinal);
        var input = folder.Write("set.xml.gz", Gzip(PubMedSet(records)));
        var output = folder.File("out");

        var (code, _, error) = CliTool.Run("batch", input, "--out", output, "--jobs", "2", "--progress", "none");

        code.ShouldBe(2);
        error.ShouldContain("900012");
        var appraised = Lines(Path.Combine(output, "appraisals.jsonl"));
        appraised.Length.ShouldBe(29);
        appraised.ShouldNotContain(l => l.Contains("\"900012\"", StringComparison.Ordinal));
        appraised.ShouldContain(l => l.Contains("\"900013\"", StringComparison.Ordinal));
        Lines(Path.Combine(output, "errors.jsonl")).ShouldHaveSingleItem().ShouldContain("900012");
    }

    [Fact]
    public void A_gzip_stream_cut_short_keeps_the_records_before_the_cut_and_reports_the_input()
    {
        using var folder = new TempFolder();
        var whole = Gzip(PubMedSet(Enumerable.Range(0, 400).Select(PubMedRecord)));
        var input = folder.Write("cut.xml.gz", whole[..(whole.Length * 2 / 3)]);
        var output = folder.File("out");

        var (code, _, error) = CliTool.Run("batch", input, "--out", output, "--jobs", "2", "--progress", "none");

        code.ShouldBe(2);
        error.ShouldContain("cut.xml.gz");
        error.ShouldNotContain("   at ");
        var appraised = Lines(Path.Combine(output, "appraisals.jsonl"));
        appraised.Length.ShouldBeInRange(100, 399);
        var errors = Lines(Path.Combine(output, "errors.jsonl"));
        errors.ShouldHaveSingleItem().ShouldContain("cut.xml.gz");
    }

    [Fact]
    public void Corrupt_bytes_inside_a_gzip_stream_are_reported_and_the_next_input_still_runs()
    {
        using var folder = new TempFolder();
        var whole = Gzip(PubMedSet(Enumerable.Range(0, 200).Select(PubMedRecord)));
        for (var i = whole.Length / 2; i < whole.Length / 2 + 64; i++)
        {
            whole[i] ^= 0x5A;
        }

        Directory.CreateDirectory(folder.File("in"));
        folder.Write("in/a-corrupt.xml.gz", whole);
        folder.Write("in/b-fine.jsonl", JsonLines(0, 5));
        var output = folder.File("out");

        var (code, _, error) = CliTool.Run("batch", folder.File("in"), "--out", output, "--jobs", "2", "--progress", "none");

        code.ShouldBe(2);
        error.ShouldContain("a-corrupt.xml.gz");
        error.ShouldNotContain("   at ");
        var appraised = Lines(Path.Combine(output, "appraisals.jsonl"));
        appraised.Count(l => l.StartsWith("{\"id\":\"h0000", StringComparison.Ordinal)).ShouldBe(5);
        appraised.Length.ShouldBeGreaterThan(5);
        Lines(Path.Combine(output, "errors.jsonl")).ShouldContain(l => l.Contains("a-corrupt.xml.gz", StringComparison.Ordinal));
    }
}
