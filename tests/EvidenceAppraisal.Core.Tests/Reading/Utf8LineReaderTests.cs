using System.Text;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class Utf8LineReaderTests
{
    private static List<string> Lines(string text, int initialBytes, int maxLine = 1000)
    {
        using var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLine, initialBytes);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            lines.Add(tooLong ? "<too long>" : Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Lines_are_the_same_whatever_the_buffer_size(int initialBytes)
    {
        Lines("alpha\nbeta\r\n\ngamma delta\nlast", initialBytes).ShouldBe(["alpha", "beta", "", "gamma delta", "last"]);
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_and_skipped()
    {
        Lines("short\n" + new string('x', 50) + "\nafter\n", initialBytes: 4, maxLine: 10).ShouldBe(["short", "<too long>", "after"]);
    }

    [Fact]
    public void An_empty_stream_has_no_lines()
    {
        Lines("", 16).ShouldBeEmpty();
    }
}
