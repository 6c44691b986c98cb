using System.Text;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class JsonLinesReaderTests
{
    private const string Abstract = "Aspirin after hip surgery: a randomised trial.\\n\\nMETHODS: We randomised 200 adults. RESULTS: Clots fell (RR 0.5, 95% CI 0.3-0.8).";

    private static List<ReadResult> Read(string content, ReadOptions? options = null) =>
        DocumentReaders.Default.Read(InputSource.FromText("records.jsonl", content), options ?? ReadOptions.Default with { Format = InputFormat.JsonLines }).ToList();

    [Fact]
    public void Records_are_read_in_order_with_their_ids_title_and_sections()
    {
        var results = DocumentReaders.Default.Read(InputSource.FromText("records.jsonl", $"{{\"id\": \"a-1\", \"text\": \"{Abstract}\"}}\n{{\"text\": \"{Abstract}\", \"id\": 42, \"extra\": {{\"x\": [1, 2]}}}}\n"), ReadOptions.Default).ToList();
        results.Select(r => r.Document!.RecordId).ShouldBe(["a-1", "42"]);
        var document = results[0].Document!;
        document.Title.ShouldBe("Aspirin after hip surgery: a randomised trial.");
        document.Sections.Select(s => s.Label).ShouldBe(["METHODS", "RESULTS"]);
        document.SourceName.ShouldBe("records.jsonl");
    }

    [Fact]
    public void Format_is_detected_from_content()
    {
        FormatDetector.Detect(Encoding.UTF8.GetBytes($"{{\"id\": \"a\", \"text\": \"{Abstract}\"}}\n")).ShouldBe(InputFormat.JsonLines);
    }

    [Fact]
    public void A_bad_line_fails_with_its_line_and_column_and_reading_goes_on()
    {
        var results = Read($"{{\"id\": \"1\", \"text\": \"{Abstract}\"}}\n{{\"id\": \"2\", \"text\": \"unterminated}}\n{{\"id\": \"3\", \"text\": \"{Abstract}\"}}\n");
        results.Count.ShouldBe(3);
        results[0].Document.ShouldNotBeNull();
        var error = results[1].Error.ShouldNotBeNull();
        error.Line.ShouldBe(2);
        error.Column.ShouldNotBeNull().ShouldBeGreaterThan(1);
        error.Message.ShouldContain("not valid JSON");
        error.ToString().ShouldStartWith("records.jsonl(2,");
        results[2].Document!.RecordId.ShouldBe("3");
    }

    [Theory]
    [InlineData("{\"id\": \"7\"}", "no \"text\"")]
    [InlineData("{\"id\": \"7\", \"text\": 12}", "must be a string")]
    [InlineData("{\"id\": \"7\", \"text\": \"   \"}", "empty \"text\"")]
    [InlineData("{\"id\": [1], \"text\": \"A title.\"}", "\"id\" must be")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"id\": \"7\", \"text\": \"A title.\"} {\"id\": 8}", "more after")]
    public void A_record_without_usable_text_is_a_failed_record_naming_why(string line, string reason)
    {
        var error = Read(line + "\n").ShouldHaveSingleItem().Error.ShouldNotBeNull();
        error.Message.ShouldContain(reason);
        error.Line.ShouldBe(1);
    }

    [Fact]
    public void The_failed_record_keeps_its_id_when_it_was_read_before_the_problem()
    {
        Read("{\"id\": \"p-9\"}\n").Single().Error!.RecordId.ShouldBe("p-9");
    }

    [Fact]
    public void Blank_lines_crlf_and_a_byte_order_mark_are_accepted()
    {
        var results = Read($"\uFEFF{{\"id\": \"1\", \"text\": \"{Abstract}\"}}\r\n\r\n   \r\n{{\"id\": \"2\", \"text\": \"{Abstract}\"}}");
        results.Select(r => r.Document!.RecordId).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_a_failed_record_and_the_next_line_is_read()
    {
        var big = new string('x', 5000);
        var results = Read($"{{\"id\": \"1\", \"text\": \"{big}\"}}\n{{\"id\": \"2\", \"text\": \"{Abstract}\"}}\n", ReadOptions.Default with { Format = InputFormat.JsonLines, MaxTextBytes = 1000 });
        results[0].Error!.Message.ShouldContain("longer than the limit");
        results[0].Error!.Line.ShouldBe(1);
        results[1].Document!.RecordId.ShouldBe("2");
    }

    [Fact]
    public void An_input_with_no_records_is_an_error_naming_it()
    {
        Should.Throw<InputException>(() => new JsonLinesReader().Read(InputSource.FromText("empty.jsonl", "\n\n"), ReadOptions.Default).ToList())
            .Error.ToString().ShouldBe("empty.jsonl: is empty (no JSON Lines records)");
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_a_failed_record()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"1\", \"text\": \"Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" au lait.\"}\n")).ToArray();
        var source = new InputSource("latin1.jsonl", () => new MemoryStream(bytes));
        new JsonLinesReader().Read(source, ReadOptions.Default).Single().Error!.Message.ShouldContain("UTF-8");
    }

    [Fact]
    public void An_abstract_line_that_mentions_a_mobile_app_is_prose_not_page_furniture()
    {
        var text = "Smartphone coaching for asthma: a randomised trial.\\n\\n" +
            "We randomised 310 adults with asthma to a mobile app that reminded them to take their inhaler or to usual care. " +
            "After six months, adherence was higher with the mobile app (68% vs 51%, p<0.001), and exacerbations fell. " +
            "A smartphone application may support long-term adherence in adults with asthma, although the trial was not blinded and adherence was self-reported.";
        var document = Read($"{{\"id\": \"m\", \"text\": \"{text}\"}}\n").Single().Document!;
        document.Sentences.Count.ShouldBe(3);
    }
}
