using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// The furniture of article pages (buttons, prompts, legal lines) that a reader pastes along with an
/// abstract. <see cref="IsFurniture"/> lines are dropped; <see cref="EndsAbstract"/> lines close it.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Prompts are short; a long line that mentions cookies or copyright is prose, judged sentence by sentence.</summary>
    private const int LongestPrompt = 240;

    [GeneratedRegex(@"^(add (like|dislike)|add to (saved papers|favou?rites|collections?|clipboard)|item in clipboard|save|email|cite|share|send to|display options|full text links|free (pmc )?article|free full text|related resources|mobile app image|abstract|claim now|go to:?|view (full text|article|pdf|in pubmed)|download (pdf|citation)|pdf|print|permalink|open in( a)? new (tab|window)|expand|collapse|show (more|less|all( \d+)? authors?)|see (all|more)|toggle.*|menu|search|log ?in|sign ?in|sign up|register|subscribe|advertisement|skip to (main )?content|article navigation|back to top|you are here:?.*|affiliations?( expand| collapse)?|authors?( info(rmation)?)?( expand| collapse)?|author information|article information|open access|this article|article|research article|original (article|research|investigation)|review article|(epub( ahead of print)?|(first )?published( online| in print)?|received|accepted|revised|available online)( on)?:?\s+[\w ,.\-/]{0,40}\d{4}.{0,40}|et al\.?|ahead of print|in press|close|next|previous|home|current issue|archive|about)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButtonLine();

    /// <summary>Prompts of sites and readers: access, apps, legal lines, consent. Words such as "cookie" count only in a prompt's phrasing.</summary>
    [GeneratedRegex(@"(we have located links|can'?t access the (paper|article)|logging in through your|institutional (subscription|access)|(use|get|download|try|open in) (the |our )?(\w+ )?mobile app|1-tap access|seemless|seamless access|all material on this website|copyrighted by|copyright\s*(©|\(c\)|\d{4})|^copyright\b|^©|©\s*\d{4}|all rights reserved|terms (of use|and conditions)|privacy (policy|choices|notice|settings)|(we|this (web)?site|our (web)?site) uses? cookies|cookie (settings|preferences|policy|consent|notice)|(accept|reject|allow) (all )?cookies|use of cookies|claim free cme|cme credits?|this website (also )?contains|by using this (service|site|website)|javascript (is )?(disabled|required)|(update|upgrade) your browser|your browser (is|does)|^(accept|reject) all$|manage (preferences|settings)|(sign up for|subscribe to) our newsletter|follow us on|get the app|download the app|open in (the )?app|continue reading|access through your institution|purchase (this )?(article|access)|rent (this )?article|buy (this )?article|read the full (text|article)|check for updates)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PromptLine();

    [GeneratedRegex(@"^(similar articles|cited by( \d+ articles?)?|references|related information|linkout.*|mesh terms|publication types|substances|grants? and funding|comment in|comment on|erratum in|update of|update in|supplementary (concepts|information|materials?|data)|full text sources|other literature sources|figures?|tables?|see all similar articles|related articles|recommended articles|more like this|citations?|metrics|keywords|key ?words|conflicts? of interest( statement)?|conflict of interest statement|competing interests?|declaration of competing interest|disclosures?|funding( information| sources?)?|acknowledge?ments?|associated data|data availability( statement)?|author contributions|footnotes|notes|introduction|main text|full[- ]text|article body|figures and tables|supporting information)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndMarker();

    /// <summary>A copyright notice that closes an abstract paragraph ("... reserved. © 2020 Elsevier Ltd.").</summary>
    [GeneratedRegex(@"(?<=[.!?)\]])\s+(?:©\s*(?:\d{4}|the authors?\b|[A-Z])|\(c\)\s*\d{4}|Copyright\b\s*(?:©|\(c\))?\s*(?:\d{4}|the authors?\b|by\b))[^\n]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CopyrightTail();

    public static bool IsFurniture(string line) => ButtonLine().IsMatch(line) || (line.Length <= LongestPrompt && PromptLine().IsMatch(line));

    /// <summary>Publisher notes that follow an abstract on the same line as their text.</summary>
    [GeneratedRegex(@"^(electronic supplementary material|supplementary (information|material)|supplemental digital content)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndNote();

    public static bool EndsAbstract(string line) => EndMarker().IsMatch(line) || EndNote().IsMatch(line);

    /// <summary>Removes a copyright notice from the end of abstract text; the notice is the publisher's, not the authors' claim.</summary>
    public static string StripCopyrightTail(string text)
    {
        var match = CopyrightTail().Match(text);
        return match.Success ? text[..match.Index] : text;
    }
}
