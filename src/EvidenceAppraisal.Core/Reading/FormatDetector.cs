using System.Text;

namespace EvidenceAppraisal.Reading;

/// <summary>Decides an input's format from its first bytes; never from its name alone.</summary>
public static class FormatDetector
{
    public static InputFormat Detect(InputSource source)
    {
        Span<byte> head = stackalloc byte[4096];
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

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!DOCTYPE Pubmed", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<PubmedArticle", StringComparison.Ordinal))
        {
            return InputFormat.PubMedXml;
        }

        if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (text.StartsWith("PMID-", StringComparison.Ordinal) || text.Contains("\nPMID-", StringComparison.Ordinal))
        {
            return InputFormat.Medline;
        }

        if (text.StartsWith("TY  -", StringComparison.Ordinal) || text.Contains("\nTY  -", StringComparison.Ordinal))
        {
            return InputFormat.Ris;
        }

        if (text.StartsWith('{') && text.Contains("\"text\"", StringComparison.Ordinal))
        {
            return InputFormat.JsonLines;
        }

        return InputFormat.Text;
    }
}
