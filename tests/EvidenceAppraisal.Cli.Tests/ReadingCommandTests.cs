using System.Text;
using EvidenceAppraisal.Core.Tests.Support;

namespace EvidenceAppraisal.Cli.Tests;

/// <summary>The readers from the command line: every format, --pmid against a local stand-in for NCBI, and bad inputs.</summary>
[Collection("console")]
public sealed class ReadingCommandTests : IDisposable
{
    private readonly string _folder = CliRun.TempFolder();

    private static string Sample(string name) => Path.Combine(Repo.Root, "tests", "EvidenceAppraisal.Core.Tests", "Reading", "Samples", name);

    private static string PubMedRecord(string pmid) =>
        File.ReadAllText(Sample("mobilisation.xml")) is var xml
            ? xml[xml.IndexOf("<PubmedArticle>", StringComparison.Ordinal)..(xml.IndexOf("</PubmedArticle>", StringComparison.Ordinal) + "</PubmedArticle>".Length)].Replace("99000001", pmid, StringComparison.Ordinal)
            : "";

    private string Out => Path.Combine(_folder, "out");

    private string Cache => Path.Combine(_folder, "cache");

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("mobilisation.txt")]
    [InlineData("mobilisation.html")]
    [InlineData("mobilisation.xml")]
    [InlineData("mobilisation.nbib")]
    [InlineData("mobilisation.ris")]
    public void Every_format_is_detected_and_appraised(string sample)
    {
        var (code, _, stderr) = CliRun.Run("report", Sample(sample), "--out", Out, "--formats", "json");
        code.ShouldBe(0, stderr);
        var json = File.ReadAllText(Path.Combine(Out, "mobilisation.json"));
        json.ShouldContain("\"title\": \"Early mobilisation versus delayed mobilisation after hip fracture surgery in older adults: a randomised controlled trial.\"");
        json.ShouldContain("Further trials should test whether the benefit persists at one year.");
    }

    [Fact]
    public void Pmids_are_fetched_reported_one_set_each_and_a_second_run_works_offline()
    {
        string[] args = ["report", "--pmid", "99000001,99000002", "--out", Out, "--formats", "json", "--cache-dir", Cache];
        using (var server = new RecordedEutilsServer(new Dictionary<string, string> { ["99000001"] = PubMedRecord("99000001"), ["99000002"] = PubMedRecord("99000002") }))
        {
            var (code, stdout, stderr) = CliRun.Run([.. args, "--eutils-url", server.BaseAddress.ToString()]);
            code.ShouldBe(0, stderr);
            stdout.ShouldContain("pmid-99000001.json");
            server.Requests.Count.ShouldBe(1);
        }

        Directory.Delete(Out, recursive: true);
        var offline = CliRun.Run([.. args, "--eutils-url", $"http://127.0.0.1:{RecordedEutilsServer.FreePort()}/"]);
        offline.Code.ShouldBe(0, offline.Error);
        Directory.GetFiles(Out).Select(Path.GetFileName).Order().ShouldBe(["pmid-99000001.json", "pmid-99000002.json"]);
    }

    [Fact]
    public void A_PMID_that_does_not_exist_is_one_line_and_writes_nothing()
    {
        using var server = new RecordedEutilsServer(new Dictionary<string, string>());
        var (code, _, stderr) = CliRun.Run("report", "--pmid", "99000009", "--out", Out, "--cache-dir", Cache, "--eutils-url", server.BaseAddress.ToString());
        code.ShouldBe(2);
        stderr.Trim().ShouldBe("error: pmid:99000009: PubMed has no record with this PMID");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public void A_network_failure_is_one_line_and_writes_nothing()
    {
        var address = $"http://127.0.0.1:{RecordedEutilsServer.FreePort()}/entrez/eutils/";
        var (code, _, stderr) = CliRun.Run("report", "--pmid", "99000001", "--out", Out, "--cache-dir", Cache, "--eutils-url", address);
        code.ShouldBe(2);
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"error: pmid:99000001: could not reach NCBI E-utilities at {address}: ");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--pmid", "12a", "'12a' is not a PMID")]
    [InlineData("--pmid", "1", "either an INPUT file or --pmid")]
    [InlineData("--max-size", "0", "--max-size must be a positive number")]
    [InlineData("--eutils-url", "ftp://example.org/", "is not an http(s) address")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var (code, _, stderr) = CliRun.Run("report", Repo.Seed, option, value, "--out", Out);
        code.ShouldBe(64);
        stderr.ShouldContain(message);
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Neither_input_nor_pmid_is_a_usage_error()
    {
        CliRun.Run("report", "--out", Out).Code.ShouldBe(64);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "broken.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n  <<oops/>\n</PubmedArticleSet>\n"), "broken.xml(3,4): is not well-formed XML" },
        { "laughs.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<PubmedArticleSet>&b;</PubmedArticleSet>\n"), "laughs.xml(2,1): declares entities in its DOCTYPE" },
        { "utf16.txt", Encoding.Unicode.GetBytes("A title\n\nSome abstract text of a trial."), "utf16.txt: looks like UTF-16 without a byte-order mark" },
        { "latin1.nbib", Encoding.Latin1.GetBytes("PMID- 1\nTI  - Caf\u00e9 study.\n"), "latin1.nbib(2,10): is not valid UTF-8" },
        { "binary.xml.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03], "binary.xml.gz: is not a valid gzip file" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_one_line_naming_where_with_exit_2_and_no_output(string name, byte[] content, string expected)
    {
        var (code, _, stderr) = CliRun.Run("report", Write(name, content), "--out", Out);
        code.ShouldBe(2);
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"error: {Path.Combine(_folder, expected)}");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public void In_a_set_one_bad_record_is_reported_and_the_others_are_appraised()
    {
        var xml = File.ReadAllText(Sample("mobilisation.xml"));
        var records = $"{PubMedRecord("99000001")}\n{PubMedRecord("99000002").Replace("<i>post hoc</i>", "<i>post hoc", StringComparison.Ordinal)}\n{PubMedRecord("99000003")}";
        var set = xml[..xml.IndexOf("<PubmedArticle>", StringComparison.Ordinal)] + records + "\n</PubmedArticleSet>\n";
        var (code, _, stderr) = CliRun.Run("report", Write("set.xml", set), "--out", Out, "--formats", "json");
        code.ShouldBe(2);
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("record 99000002: is not well-formed XML");
        Directory.GetFiles(Out).Select(Path.GetFileName).Order().ShouldBe(["set-99000001.json", "set-99000003.json"]);
    }

    [Fact]
    public void A_record_without_an_abstract_is_appraised_from_its_title_and_flagged()
    {
        var (code, _, stderr) = CliRun.Run("report", Write("editorial.nbib", "PMID- 99000020\nTI  - Heparin in sepsis: where do we stand?\nPT  - Editorial\n"), "--out", Out, "--formats", "json");
        code.ShouldBe(0, stderr);
        var json = File.ReadAllText(Path.Combine(Out, "editorial.json"));
        json.ShouldContain("\"id\": \"EA-REC-001\"");
        json.ShouldContain("\"sentences\": []");
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        var (code, _, stderr) = CliRun.Run("report", Write("big.txt", "A title\n\n" + new string('a', 3000)), "--max-size", "0.001", "--out", Out);
        code.ShouldBe(2);
        stderr.ShouldContain("larger than the limit of 1,048 bytes");
    }

    [Fact]
    public void A_forced_format_is_used_even_when_detection_would_differ()
    {
        var (code, _, stderr) = CliRun.Run("report", Sample("mobilisation.txt"), "--format", "ris", "--out", Out);
        code.ShouldBe(2);
        stderr.Trim().ShouldEndWith("holds no RIS record (no line starts with 'TY  - ')");
    }

    [Fact]
    public void Read_prints_a_line_per_record_and_a_summary()
    {
        var (code, stdout, stderr) = CliRun.Run("read", Sample("mobilisation.xml"));
        code.ShouldBe(0, stderr);
        stdout.Trim().ShouldBe("99000001\t4 section(s)\t10 sentence(s)\tEarly mobilisation versus delayed mobilisation after hip fracture surgery in older adults: a randomised controlled trial.");
        stderr.ShouldContain("1 record(s) read, 0 failed");
    }

    [Fact]
    public void Read_show_prints_sections_and_sentences()
    {
        var (code, stdout, _) = CliRun.Run("read", Sample("mobilisation.nbib"), "--show");
        code.ShouldBe(0);
        stdout.ShouldContain("[RESULTS → Results]");
        stdout.ShouldContain("  10. Further trials should test whether the benefit persists at one year.");
        stdout.ShouldContain("registry ids: NCT09999999");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
