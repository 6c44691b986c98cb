using System.Text;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading.Text;

namespace EvidenceAppraisal.Reading.Html;

/// <summary>
/// Reads a saved article page (PubMed, a publisher's site, a Medscape-style reader). The title and bibliographic
/// details come from the page's citation meta tags when it has them; the abstract from its abstract element
/// (an element whose id or class names it), or else from the whole page read as pasted text would be.
/// Either way the lines end in <see cref="PageTextParser"/>, so a page and its pasted text give the same document.
/// </summary>
public sealed partial class HtmlPageReader : IDocumentReader
{

    /// <summary>Fewer characters than this is a link or a tab labelled "Abstract", not the abstract.</summary>
    private const int ShortestAbstract = 80;

    public InputFormat Format => InputFormat.Html;

    public IEnumerable<ReadResult> Read(InputSource source, ReadOptions options)
    {
        var bytes = TextDecoder.ReadBytes(source, options.MaxTextBytes);
        yield return ReadResult.Ok(Parse(source.Name, Decode(source.Name, bytes.Span)));
    }

    public static AbstractDocument Parse(string sourceName, string html)
    {
        var root = HtmlTree.Parse(html);
        var metadata = PageMetaTags.Read(root, out var metaTitle);
        var body = root.Descendants().FirstOrDefault(e => e.Name == "body") ?? root;
        var title = metaTitle ?? FirstHeading(body) ?? DocumentTitle(root);
        var region = FindAbstract(body);
        return region is null
            ? PageTextParser.Parse(sourceName, null, HtmlLines.Render(body), new PageHints(title, metadata))
            : PageTextParser.Parse(sourceName, null, HtmlLines.Render(region), new PageHints(title ?? "", metadata, LinesAreAbstract: true));
    }

    /// <summary>The outermost element that names itself the abstract and holds text (not a graphical abstract or a tab).</summary>
    private static HtmlElement? FindAbstract(HtmlElement body)
    {
        foreach (var element in body.Descendants())
        {
            if (!NamesAbstract(element) || HasSkippedAncestor(element))
            {
                continue;
            }

            if (HtmlLines.Render(element).Sum(l => l.Length) >= ShortestAbstract)
            {
                return element;
            }
        }

        return null;
    }

    private static bool NamesAbstract(HtmlElement element)
    {
        if (element.Attribute("role") == "doc-abstract" || element.Attribute("itemprop") == "abstract")
        {
            return true;
        }

        var names = $"{element.Attribute("id")} {element.Attribute("class")}".ToLowerInvariant();
        return names.Contains("abstract", StringComparison.Ordinal) && !NotTheAbstract().IsMatch(names);
    }

    private static bool HasSkippedAncestor(HtmlElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (HtmlLines.IsSkipped(e))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstHeading(HtmlElement body) =>
        body.Descendants().Where(e => e.Name == "h1" && !HasSkippedAncestor(e)).Select(HtmlLines.Text).FirstOrDefault(t => t.Length > 0);

    /// <summary>The document title without the site's name ("Heparin in sepsis - PubMed").</summary>
    private static string? DocumentTitle(HtmlElement root)
    {
        var title = root.Descendants().FirstOrDefault(e => e.Name == "title");
        if (title is null)
        {
            return null;
        }

        var text = DocumentBuilder.Normalise(string.Concat(title.Children.OfType<string>()));
        var cut = SiteSuffix().Match(text);
        text = cut.Success ? text[..cut.Index] : text;
        return text.Length > 0 ? text : null;
    }

    /// <summary>UTF-8, unless the page declares another charset in its first bytes and is not valid UTF-8: then the declared one.</summary>
    private static string Decode(string sourceName, ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var declared = DeclaredCharset().Match(head);
        if (!declared.Success)
        {
            return TextDecoder.Decode(sourceName, bytes);
        }

        var name = declared.Groups["charset"].Value;
        var encoding = TextDecoder.EncodingNamed(name)
            ?? throw new InputException(new ReadError(sourceName, $"declares the charset '{name}', which this build cannot read; save the page as UTF-8"));
        return TextDecoder.Decode(sourceName, bytes, encoding);
    }

    [GeneratedRegex(@"graphical|visual|video|audio|link|toggle|button|\btab|nav|menu|trigger|heading|title|label", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotTheAbstract();

    [GeneratedRegex(@"\s+[-|–—:]\s+[^-|–—]{1,60}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclaredCharset();
}
