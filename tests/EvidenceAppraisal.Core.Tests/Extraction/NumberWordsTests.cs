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
}
