using System.Text;
using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading;

/// <summary>Decides an input's format from its first bytes; never from its name alone.</summary>
public static partial class FormatDetector
{
    private const int HeadBytes = 4096;

    public static InputFormat Detect(InputSource source)
    {
        Span<byte> head = stackalloc byte[HeadBytes];
        int n;
        using (var stream = source.Open())
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return Detect(head[..n]);
    }

    public static InputFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return InputFormat.PubMedXml; // gzip: PubMed baseline and update files are .xml.gz
        }

        var text = Decode(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            return DetectMarkup(text);
        }

        if (MedlineTag().IsMatch(text))
        {
            return InputFormat.Medline;
        }

        if (RisTag().IsMatch(text))
        {
            return InputFormat.Ris;
        }

        if (text.StartsWith('{') && text.Contains("\"text\"", StringComparison.Ordinal))
        {
            return InputFormat.JsonLines;
        }

        return InputFormat.Text;
    }

    /// <summary>XML or HTML: a saved page may open with comments or an XML declaration (XHTML) before its html element.</summary>
    private static InputFormat DetectMarkup(string text)
    {
        var rest = SkipPrologue(text);
        if (HtmlStart().IsMatch(rest))
        {
            return InputFormat.Html;
        }

        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<!DOCTYPE Pubmed", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("<Pubmed", StringComparison.Ordinal))
        {
            return InputFormat.PubMedXml;
        }

        // Markup that is neither: a page fragment when it carries HTML tags, otherwise XML the PubMed reader will name.
        return HtmlTag().IsMatch(text) ? InputFormat.Html : InputFormat.PubMedXml;
    }

    /// <summary>Skips white space, comments and processing instructions at the start of markup.</summary>
    private static string SkipPrologue(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else if (string.CompareOrdinal(text, i, "<?", 0, 2) == 0)
            {
                var end = text.IndexOf("?>", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else
            {
                break;
            }
        }

        return text[i..];
    }

    /// <summary>The head as text: UTF-16 when it starts with that byte-order mark, otherwise UTF-8 (bad bytes replaced).</summary>
    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        return Encoding.UTF8.GetString(head);
    }

    [GeneratedRegex(@"^<(!DOCTYPE\s+html|html|head|body|meta|title|link)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(html|head|body|div|p|article|section|h1|h2)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();

    /// <summary>A MEDLINE record opens with its PMID line; exports may start with blank lines.</summary>
    [GeneratedRegex(@"^PMID- ?\d", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MedlineTag();

    [GeneratedRegex(@"^TY  -", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RisTag();
}
