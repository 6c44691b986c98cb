using System.Text;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Empty_input_is_refused_by_name()
    {
        Should.Throw<InputException>(() => TextDecoder.Decode("a.txt", [])).Error.ToString().ShouldBe("a.txt: is empty");
    }

    [Fact]
    public void White_space_only_is_empty()
    {
        Should.Throw<InputException>(() => TextDecoder.Decode("a.txt", "  \n\t "u8)).Error.Message.ShouldContain("empty");
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        Should.Throw<InputException>(() => TextDecoder.Decode("x.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])).Error.Message.ShouldContain("binary");
    }

    [Fact]
    public void Invalid_utf8_names_line_and_column()
    {
        var bytes = Encoding.Latin1.GetBytes("Title\n\nCaf\u00e9 au lait.");
        var error = Should.Throw<InputException>(() => TextDecoder.Decode("latin1.txt", bytes)).Error;
        error.Message.ShouldContain("UTF-8");
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(4);
    }

    [Fact]
    public void Utf16_with_a_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\n\nBody text.")).ToArray();
        TextDecoder.Decode("u16.txt", bytes).ShouldBe("Title\n\nBody text.");
    }

    [Fact]
    public void Inputs_over_the_size_limit_are_refused()
    {
        var source = InputSource.FromText("big.txt", new string('a', 2048));
        Should.Throw<InputException>(() => TextDecoder.ReadAll(source, maxBytes: 1024)).Error.Message.ShouldContain("larger than the limit");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_BOM_is_named(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes("Title\n\nBody text of an abstract.");
        Should.Throw<InputException>(() => TextDecoder.Decode("u16.txt", bytes)).Error.Message.ShouldContain("UTF-16 without a byte-order mark");
    }

    [Fact]
    public void A_reader_for_lines_refuses_what_decode_refuses_and_names_a_late_bad_byte()
    {
        Should.Throw<InputException>(() => TextDecoder.OpenReader(InputSource.FromText("e.txt", ""))).Error.Message.ShouldBe("is empty");
        var bytes = Encoding.UTF8.GetBytes(new string('a', 10_000) + "\nline two ").Concat(new byte[] { 0xE9 }).ToArray();
        var source = new InputSource("late.txt", () => new MemoryStream(bytes));
        using var reader = TextDecoder.OpenReader(source);
        Should.Throw<DecoderFallbackException>(() => reader.ReadToEnd());
        var error = TextDecoder.InvalidUtf8(source).Error;
        (error.Line, error.Column).ShouldBe((2, 10));
    }
}
