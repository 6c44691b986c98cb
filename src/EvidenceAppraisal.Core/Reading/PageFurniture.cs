using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// The furniture of article pages (buttons, prompts, legal lines) that a reader pastes along with an
/// abstract. <see cref="IsFurniture"/> lines are dropped; <see cref="EndsAbstract"/> lines close it.
/// </summary>
public static partial class PageFurniture
{
    [GeneratedRegex(@"^(add (like|dislike)|add to (saved papers|favou?rites|collections?)|save|email|cite|share|send to|display options|full text links|free (pmc )?article|free full text|related resources|mobile app image|abstract|claim now|go to:?|view (full text|article|pdf)|download (pdf|citation)|pdf|print|permalink|open in( a)? new (tab|window)|expand|collapse|show (more|less)|toggle.*|menu|search|log ?in|sign ?in|sign up|register|subscribe|advertisement|skip to (main )?content|article navigation|back to top|you are here:?.*)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButtonLine();

    [GeneratedRegex(@"(we have located links|can'?t access the (paper|article)|logging in through your|institutional (subscription|access)|mobile app|1-tap access|seemless|seamless access|all material on this website|copyrighted by|copyright\s*(©|\(c\))|©\s*\d{4}|terms of use|privacy (policy|choices|notice)|cookie|claim free cme|cme credits?|this website (also )?contains|by using this (service|site|website)|javascript (is )?(disabled|required)|your browser|accept all|manage preferences|newsletter|follow us on)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PromptLine();

    [GeneratedRegex(@"^(similar articles|cited by( \d+ articles?)?|references|related information|linkout.*|mesh terms|publication types|substances|grants? and funding|comment in|comment on|erratum in|update of|supplementary concepts|full text sources|other literature sources|figures?|tables?|see all similar articles|related articles|recommended articles|more like this|citations?|metrics)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndMarker();

    /// <summary>Furniture lines are short; a long line is prose, even when it mentions "a mobile app" or "cookies".</summary>
    public const int MaxFurnitureLength = 300;

    public static bool IsFurniture(string line) => line.Length <= MaxFurnitureLength && (ButtonLine().IsMatch(line) || PromptLine().IsMatch(line));

    public static bool EndsAbstract(string line) => EndMarker().IsMatch(line);
}
