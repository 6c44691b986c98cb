using System.Text;

namespace EvidenceAppraisal.Reading.Html;

/// <summary>
/// Renders part of a page as the lines a reader would see: block elements break lines, inline ones run on,
/// and the page's machinery and furniture (scripts, navigation, forms, hidden parts, cookie banners, share
/// bars, reference lists, affiliations) are left out before any text is judged.
/// </summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "select", "iframe",
        "object", "canvas", "dialog", "input", "textarea", "figure", "menu",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "html",
    };

    /// <summary>Words in a class or id that mark furniture.</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "cookie", "cookies", "consent", "gdpr", "banner", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "promo", "social",
        "share", "sharing", "toolbar", "breadcrumb", "breadcrumbs", "navbar", "nav", "navigation", "menu", "sidebar", "footer", "masthead",
        "newsletter", "modal", "popup", "similar", "citedby", "cited", "references", "reflist", "affiliation", "affiliations", "affil",
        "related", "recommended", "recommendations", "metrics", "altmetric", "login", "signin", "subscribe", "paywall", "figure",
        "figures", "supplementary", "comments", "skip", "hidden", "visually", "sr",
    };

    public static List<string> Render(HtmlElement element)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        RenderChildren(element, line, lines);
        Flush(line, lines);
        return lines;
    }

    /// <summary>The text of an element on one line, furniture left out (for titles and headings).</summary>
    public static string Text(HtmlElement element) => DocumentBuilder.Normalise(string.Join(" ", Render(element)));

    /// <summary>Left out with everything inside it: machinery, hidden parts, and elements whose class or id names furniture.</summary>
    public static bool IsSkipped(HtmlElement element)
    {
        if (Skipped.Contains(element.Name) || element.Attribute("hidden") is not null || element.Attribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.Attribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NamesFurniture(element.Attribute("class")) || NamesFurniture(element.Attribute("id")) || element.Attribute("role") is "navigation" or "banner" or "contentinfo" or "dialog";
    }

    private static bool NamesFurniture(string? classOrId)
    {
        if (string.IsNullOrEmpty(classOrId))
        {
            return false;
        }

        foreach (var token in classOrId.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains("abstract", StringComparison.Ordinal))
            {
                continue; // "abstract-content", "no-abstract-sidebar-spacing": never hide an abstract
            }

            if (FurnitureWords.Contains(token) || token.Split('-', '_').Any(FurnitureWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static void RenderChildren(HtmlElement element, StringBuilder line, List<string> lines)
    {
        foreach (var child in element.Children)
        {
            if (child is string text)
            {
                line.Append(text);
                continue;
            }

            var inner = (HtmlElement)child;
            if (IsSkipped(inner))
            {
                continue;
            }

            switch (inner.Name)
            {
                case "br":
                    Flush(line, lines);
                    continue;
                case "sup":
                    InlineMarkup.AppendSuperscript(line, Text(inner));
                    continue;
            }

            var block = Blocks.Contains(inner.Name);
            if (block)
            {
                Flush(line, lines);
            }

            RenderChildren(inner, line, lines);
            if (block)
            {
                Flush(line, lines);
            }
        }
    }

    private static void Flush(StringBuilder line, List<string> lines)
    {
        var text = DocumentBuilder.Normalise(line.ToString());
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        line.Clear();
    }
}
