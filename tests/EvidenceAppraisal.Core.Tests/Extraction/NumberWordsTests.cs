using EvidenceAppraisal.Extraction.Numbers;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class NumberWordsTests
{
    [Theory]
    [InlineData("forty-two", 42)]
    [InlineData("Forty two", 42)]
    [InlineData("One hundred and sixteen", 116)]
    [InlineData("Three hundred thirty-five", 335)]
    [InlineData("twelve thousand", 12000)]
    [InlineData("1,491", 1491)]
    [InlineData("13 388", 13388)]
    [InlineData("120", 120)]
    public void Counts_in_words_and_digits_parse(string text, int value)
    {
        NumberWords.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("1,49")]
    [InlineData("")]
    public void Non_counts_do_not_parse(string text)
    {
        NumberWords.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Digits_of_other_scripts_read_as_their_values()
    {
        NumberWords.TryParse("\u0661\u0662\u0660", out var count).ShouldBeTrue(); // Arabic-Indic 120
        count.ShouldBe(120);
        NumberPatterns.ParseNumber("\u0663.\u0665").ShouldBe(3.5);
        NumberPatterns.ParseCount("\u0967\u0966").ShouldBe(10); // Devanagari 10
        NumberPatterns.AsciiDigits("p = 0.05").ShouldBe("p = 0.05");
    }
}
