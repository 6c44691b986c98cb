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
}
