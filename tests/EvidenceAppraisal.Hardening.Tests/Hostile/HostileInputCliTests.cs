using System.Text;
using EvidenceAppraisal.Hardening.Tests.Support;

namespace EvidenceAppraisal.Hardening.Tests.Hostile;

/// <summary>
/// Broken and hostile files through the command line: a one-line error naming the input, exit code 2,
/// and nothing written; or a report, complete. Never a stack trace, never an internal error.
/// </summary>
public class HostileInputCliTests
{
    private const string Abstract = "Heparin in sepsis\n\nHeparin reduced 28-day mortality in 120 patients (RR 0.80, 95% CI 0.70 to 0.92).\n";

    public static TheoryData<string, byte[], string> RefusedInputs => new()
    {
        { "nul.txt", Encoding.UTF8.GetBytes("Heparin\0 in sepsis\n\nText.\n"), "is binary, not text (it contains NUL bytes)" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Heparin in sepsis\n\nCaf\u00e9 patients improved.\n"), "(3,4): is not valid UTF-8" },
        { "overlong.txt", [.. Encoding.ASCII.GetBytes("Title\n\nA "), 0xC0, 0xAF, .. Encoding.ASCII.GetBytes(" slash.\n")], "is not valid UTF-8" },
        { "surrogate.txt", [.. Encoding.ASCII.GetBytes("Title\n\nA "), 0xED, 0xA0, 0x80, .. Encoding.ASCII.GetBytes(" half.\n")], "is not valid UTF-8" },
        { "truncated.txt", [.. Encoding.ASCII.GetBytes("Title\n\nEnds in half a character "), 0xE2, 0x82], "is not valid UTF-8" },
        { "empty.txt", [], "is empty" },
        { "spaces.txt", Encoding.UTF8.GetBytes(" \n\t\n  \r\n"), "is empty" },
        { "billion-laughs.xml", Encoding.UTF8.GetBytes(BillionLaughs), "entity declarations are refused" },
        { "external-entity.xml", Encoding.UTF8.GetBytes(ExternalEntity), "entity declarations are refused" },
    };

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
        <ArticleTitle>&lol9;</ArticleTitle><Abstract><AbstractText>Heparin reduced mortality.</AbstractText></Abstract>
        </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
        <ArticleTitle>Heparin &xxe; &remote;</ArticleTitle><Abstract><AbstractText>Heparin reduced mortality.</AbstractText></Abstract>
        </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
        """;

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public void A_broken_or_hostile_input_gets_one_line_naming_it_exit_2_and_no_output(string name, byte[] bytes, string expected)
    {
        using var folder = new TempFolder();
        var input = folder.Write(name, bytes);
        var output = folder.File("out");

        var (code, _, error) = CliTool.Run("report", input, "--out", output);

        code.ShouldBe(2);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        lines[0].ShouldStartWith("error: " + input);
        lines[0].ShouldContain(expected);
        error.ShouldNotContain("   at ");
        error.ShouldNotContain("internal error");
        error.ShouldNotContain("root:");
        (Directory.Exists(output) ? Directory.GetFileSystemEntries(output) : []).ShouldBeEmpty();
    }

    [Fact]
    public void Right_to_left_and_combining_text_is_appraised_and_kept_intact()
    {
        using var folder = new TempFolder();
        var title = "\u05D4\u05E4\u05E8\u05D9\u05DF \u202Eevil\u202C e\u0301\u0302 in sepsis";
        var input = folder.Write("rtl.txt", title + "\n\nHeparin reduced 28-day mortality \u0627\u0644\u0639\u0631\u0628\u064A\u0629 in 120 patients.\n");
        var output = folder.File("out");

        var (code, _, error) = CliTool.Run("report", input, "--out", output, "--formats", "html,md,json,pdf");

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        File.ReadAllText(Path.Combine(output, "rtl.json")).ShouldContain("\u202Eevil\u202C e\u0301\u0302");
        File.ReadAllText(Path.Combine(output, "rtl.html")).ShouldContain("\u202Eevil\u202C e\u0301\u0302");
        File.ReadAllText(Path.Combine(output, "rtl.md")).ShouldContain("\u05D4\u05E4\u05E8\u05D9\u05DF");
        new FileInfo(Path.Combine(output, "rtl.pdf")).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Fifty_megabytes_on_one_line_end_in_one_clear_error_and_no_output()
    {
        using var folder = new TempFolder();
        var input = folder.File("line.txt");
        using (var file = File.Create(input))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("heparin reduced mortality in sepsis ", 1_000)));
            for (long written = 0; written < 50_000_000; written += chunk.Length)
            {
                file.Write(chunk);
            }
        }

        var output = folder.File("out");
        var (code, _, error) = CliTool.RunProcess(TimeSpan.FromMinutes(5), null, "report", input, "--out", output);

        code.ShouldBe(2);
        // Which limit speaks first depends on the machine: the reading patterns' time budget, or the text-size limit after them.
        var line = error.Trim();
        line.ShouldNotContain("\n");
        line.ShouldStartWith($"error: {input}: ");
        line.ShouldSatisfyAllConditions(
            () => (line.Contains("characters of text, more than the limit of 1,000,000 for one abstract (--max-chars raises it)", StringComparison.Ordinal)
                || line.Contains("is too long or too repetitive to read in time", StringComparison.Ordinal)).ShouldBeTrue(line));
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Fifty_megabytes_over_the_size_limit_are_refused_before_they_are_read()
    {
        using var folder = new TempFolder();
        var input = folder.File("line.txt");
        using (var file = File.Create(input))
        {
            file.SetLength(50L * 1024 * 1024 + 10);
        }

        var (code, _, error) = CliTool.Run("report", input, "--out", folder.File("out"), "--max-size", "1");

        code.ShouldBe(2);
        error.ShouldContain("larger than the limit of 1,048,576 bytes");
    }

    [Fact]
    public void The_same_abstract_with_raised_limits_is_appraised()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ok.txt", Abstract);
        var (code, _, error) = CliTool.Run("report", input, "--out", folder.File("out"), "--max-chars", "2000000", "--max-sentences", "10", "--max-records", "1");
        error.ShouldBeEmpty();
        code.ShouldBe(0);
    }
}
