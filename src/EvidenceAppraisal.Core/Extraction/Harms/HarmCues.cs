using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Harms;

/// <summary>Words of safety and harm, numbers that quantify them, and statements that none occurred.</summary>
internal static partial class HarmCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The safety words' screen (see <see cref="CueSet"/>): every alternative of <see cref="General"/> ends in one of these words.</summary>
    public static readonly CueSet Set = new();

    public static readonly Cue GeneralCue = Set.Add(General(),
        "adverse|side|toxicity|toxicities|complication|complications|ae|aes|sae|saes|safe|safety|safely|unsafe|unsafety|unsafely|tolerability|tolerated|tolerable|harm|harms|harmful");

    [GeneratedRegex(@"\b(?:(?:serious |severe |major |minor |drug[- ]related |treatment[- ]related |treatment[- ]emergent )?(?:adverse (?:drug )?(?:events?|effects?|reactions?|outcomes?)|side[- ]effects?|toxicit(?:y|ies)|complications?)|(?-i:S?AEs?)|(?:un)?safe(?:ty|ly)?|(?:well[- ])?tolera(?:bility|ted|ble)|harms?|harmful)\b", Options, 1000)]
    public static partial Regex General();

    /// <summary>A count or proportion: "12%", "3/40", "(n = 5)", "7 patients".</summary>
    // (?<!\d): a match never starts inside a run of digits (it would start at the run's first digit anyway), so a run of
    // thousands of digits costs one pass instead of one per digit.
    [GeneratedRegex(@"(?<!\d)\d+(?:[.,·]\d+)?\s*%|\b\d+\s*(?:/|of|out of)\s*\d+\b|\bn\s*=\s*\d+|\b\d+\s+(?:\w+\s+)?(?:patients|participants|subjects|cases|events|episodes|children|women|men)\b|\b(?:OR|RR|HR|IRR|RD)\b\s*[=:,]?\s*\d|[Pp]\s*[<=>≤]\s*0?[.,]\d|\b\d+(?:\.\d+)?-fold\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Number();

    [GeneratedRegex(@"\b(?:no|without(?: any)?|none of the \w+ (?:had|experienced|developed)|free of|absence of)\s+(?:\w+\s+){0,2}?(?:adverse|side[- ]effects?|complications?|toxicit|bleeding|ha?emorrhag|safety (?:concerns|issues|signals))", Options, 1000)]
    public static partial Regex None();
}
