using System.Net;

namespace EvidenceAppraisal.Reading.Html;

/// <summary>An element of a parsed page: lower-case name, attributes, and children (elements or decoded text).</summary>
internal sealed class HtmlElement(string name, Dictionary<string, string> attributes, HtmlElement? parent)
{
    public string Name { get; } = name;

    public HtmlElement? Parent { get; } = parent;

    public List<object> Children { get; } = [];

    public string? Attribute(string attribute) => attributes.GetValueOrDefault(attribute);

    public IEnumerable<HtmlElement> Descendants()
    {
        var stack = new Stack<HtmlElement>();
        for (var i = Children.Count - 1; i >= 0; i--)
        {
            if (Children[i] is HtmlElement child)
            {
                stack.Push(child);
            }
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var i = element.Children.Count - 1; i >= 0; i--)
            {
                if (element.Children[i] is HtmlElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }
}

/// <summary>
/// A forgiving HTML parser for saved article pages: tags, attributes, entities, comments, raw-text elements
/// (script, style, title), void elements and the implied end tags pages rely on (p, li, td, dt/dd, option).
/// It builds a tree good enough to find a title, meta tags and an abstract; it is not a full HTML5 tree builder.
/// </summary>
internal static class HtmlTree
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>Elements whose start closes an open paragraph.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dt", "dd",
    };

    public static HtmlElement Parse(string html)
    {
        var root = new HtmlElement("#document", [], null);
        var open = new List<HtmlElement> { root };
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AddText(open[^1], html[i..]);
                break;
            }

            if (lt > i)
            {
                AddText(open[^1], html[i..lt]);
            }

            i = ReadMarkup(html, lt, open);
        }

        return root;
    }

    /// <summary>Reads the markup at <paramref name="lt"/> into the tree; returns the index after it.</summary>
    private static int ReadMarkup(string html, int lt, List<HtmlElement> open)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
        if (next is '!' or '?')
        {
            var end = html.IndexOf('>', lt);
            return end < 0 ? html.Length : end + 1;
        }

        if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
        {
            var nameEnd = NameEnd(html, lt + 2);
            Close(open, html[(lt + 2)..nameEnd].ToLowerInvariant());
            var end = html.IndexOf('>', nameEnd);
            return end < 0 ? html.Length : end + 1;
        }

        if (!char.IsAsciiLetter(next))
        {
            AddText(open[^1], "<");
            return lt + 1;
        }

        var tagEnd = NameEnd(html, lt + 1);
        var name = html[(lt + 1)..tagEnd].ToLowerInvariant();
        var (attributes, after, selfClosing) = ReadAttributes(html, tagEnd);
        ImplyEndTags(open, name);
        var element = new HtmlElement(name, attributes, open[^1]);
        open[^1].Children.Add(element);
        if (Void.Contains(name) || selfClosing)
        {
            return after;
        }

        if (RawText.Contains(name))
        {
            var close = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
            var content = close < 0 ? html[after..] : html[after..close];
            if (name is "title" or "textarea")
            {
                AddText(element, content);
            }

            if (close < 0)
            {
                return html.Length;
            }

            var end = html.IndexOf('>', close);
            return end < 0 ? html.Length : end + 1;
        }

        open.Add(element);
        return after;
    }

    private static int NameEnd(string html, int i)
    {
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':' or '_'))
        {
            i++;
        }

        return i;
    }

    private static (Dictionary<string, string> Attributes, int After, bool SelfClosing) ReadAttributes(string html, int i)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                break;
            }

            if (html[i] == '>')
            {
                return (attributes, i + 1, false);
            }

            if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
            {
                return (attributes, i + 2, true);
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            if (i == nameStart)
            {
                i++; // a stray '/' or '='
                continue;
            }

            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[start..i];
                }
            }

            attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }

        return (attributes, html.Length, false);
    }

    /// <summary>The end tags HTML lets authors omit: a new paragraph, list item, cell or option closes the open one.</summary>
    private static void ImplyEndTags(List<HtmlElement> open, string name)
    {
        if (ClosesParagraph.Contains(name))
        {
            CloseWithin(open, "p", stopAt: ["div", "section", "article", "td", "th", "li", "blockquote", "body"]);
        }

        switch (name)
        {
            case "li":
                CloseWithin(open, "li", stopAt: ["ul", "ol", "menu"]);
                break;
            case "dt" or "dd":
                CloseWithin(open, "dt", stopAt: ["dl"]);
                CloseWithin(open, "dd", stopAt: ["dl"]);
                break;
            case "tr":
                CloseWithin(open, "tr", stopAt: ["table", "tbody", "thead", "tfoot"]);
                break;
            case "td" or "th":
                CloseWithin(open, "td", stopAt: ["tr", "table"]);
                CloseWithin(open, "th", stopAt: ["tr", "table"]);
                break;
            case "option":
                CloseWithin(open, "option", stopAt: ["select"]);
                break;
        }
    }

    private static void CloseWithin(List<HtmlElement> open, string name, string[] stopAt)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }

            if (stopAt.Contains(open[i].Name))
            {
                return;
            }
        }
    }

    /// <summary>An end tag closes the nearest open element of its name and all inside it; a stray end tag is ignored.</summary>
    private static void Close(List<HtmlElement> open, string name)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    private static void AddText(HtmlElement parent, string raw)
    {
        if (raw.Length > 0)
        {
            parent.Children.Add(WebUtility.HtmlDecode(raw));
        }
    }
}
