using System.Text;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Inline markup in titles and abstracts (PubMed's &lt;i&gt;, &lt;sup&gt;, &lt;sub&gt;; a page's the same) is kept as its
/// text. A superscript exponent after a number is marked with '^', so "10&lt;sup&gt;-5&lt;/sup&gt;" reads "10^-5",
/// not the range "10-5"; any other superscript (a footnote mark, "®") is plain text.
/// </summary>
internal static class InlineMarkup
{
    public static void AppendSuperscript(StringBuilder text, string superscript)
    {
        var content = superscript.Trim().Replace('\u2212', '-').Replace('\u2013', '-');
        if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && IsExponent(content))
        {
            text.Append('^').Append(content);
            return;
        }

        text.Append(superscript);
    }

    private static bool IsExponent(string content)
    {
        var digits = content.AsSpan().TrimStart("-+");
        return digits.Length is > 0 and <= 4 && !digits.ContainsAnyExcept("0123456789");
    }
}
