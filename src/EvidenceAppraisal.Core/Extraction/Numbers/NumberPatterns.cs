using System.Globalization;
using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>Patterns for trial numbers and the parsing of what they capture. Every pattern is bounded by a match timeout.</summary>
internal static partial class NumberPatterns
{
    /// <summary>A signed decimal with a point, a decimal comma or a middle dot ("0.80", "0,80", "0·80", "−1.2").</summary>
    private const string Num = @"[-−]?\s?\d+(?:[.,·]\d+)?";

    /// <summary>Like <see cref="Num"/> but a comma is never a decimal mark (for bounds separated by a comma).</summary>
    private const string PointNum = @"[-−]?\s?\d+(?:[.·]\d+)?";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The number patterns, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    public static readonly Cue PValue = Set.Add(PValuePattern(), "p|ns|ptrend|pinteraction|pint|phet|pvalue|pvalues");
    public static readonly Cue Interval = Set.Add(IntervalPattern(), "ci*|cri|ui|c|confidence|credible|uncertainty");
    public static readonly Cue Estimate = Set.Add(EstimatePattern(), "ratio|ratios|risk|risks|difference|differences|reduction|needed|or|ors|rr|rrs|hr|hrs|irr|irrs|smd|smds|wmd|wmds|md|mds|rd|rds|arr|rrr|nnt|nnts|nnh|nnhs|aor|aors|ahr|ahrs|arr|arrs");
    public static readonly Cue Percentage = Set.Add(PercentagePattern(), "%");

    /// <summary>Time frames: follow-up lengths, outcome windows and time points, in that order of preference.</summary>
    public static readonly Cue[] TimeFrames =
    [
        Set.Add(FollowUpLengthPattern(), "follow|followup|observation"),
        Set.Add(OutcomeWindowPattern(), "year|month|week|day|hour"),
        Set.Add(TimePointPattern(), "year|years|month|months|week|weeks|day|days"),
    ];

    [GeneratedRegex(@"(?<![\w.])(?:[Pp](?:[\s-]*(?:values?|for (?:trend|interaction|heterogeneity)|trend|interaction|int|het))?\s*(?<cmp>[<>=≤≥]|&lt;|&gt;|<=|>=|=<|=>)\s*(?<val>0?[.,·]\d+(?:\s*[x×·]\s*10\s*(?:\^|-|−|–)\s*[-−–]?\s*\d+)?|1(?:[.,]0+)?\b|\d(?:[.,]\d+)?\s*[x×·]\s*10\s*(?:\^\s*)?[-−–]\s*\d+|\d(?:\.\d+)?[eE]-?\d+|10\s?\^?\s?[-−–]\s?\d+)|[Pp][\s-]+values?\s+(?:of\s+|was\s+|were\s+)?(?<val2>0?[.,]\d+)|[Pp]\s*=\s*(?<ns>NS|ns|n\.s\.)\b|(?<ns>\(NS\)|\bNS\b))", Options, 1000)]
    private static partial Regex PValuePattern();

    [GeneratedRegex(@"(?:(?<level>\d{2}(?:[.,]\d)?)\s*(?:%|percent|per cent)\s*(?:CI|C\.I\.|CrI|UI|confidence intervals?|credible intervals?|uncertainty intervals?)|\b(?:CI|confidence interval)\s*(?<level>\d{2}(?:[.,]\d)?)\s*%)\s*(?:\[\s*CI\s*\]|\(\s*CI\s*\))?\s*(?:[:=,]|was|of|is|from)?\s*[\[(]?\s*(?:(?<lo>" + PointNum + @")\s*,\s+(?<hi>" + PointNum + @")(?![\d.])|(?<lo>" + Num + @")\s*(?:to|-|–|—|;|and|\.\.|‐)\s*(?<hi>" + Num + @")|(?<lo>" + PointNum + @"),(?<hi>" + PointNum + @"))", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex IntervalPattern();

    [GeneratedRegex(@"(?<![\w])(?<measure>[Aa]djusted odds ratios?|[Oo]dds ratios?|[Rr]elative risks?|[Rr]isk ratios?|[Aa]djusted hazard ratios?|[Hh]azard ratios?|[Ii]ncidence rate ratios?|[Rr]ate ratios?|[Ww]eighted mean differences?|[Ss]tandardi[sz]ed mean differences?|[Mm]ean differences?|[Rr]isk differences?|[Aa]bsolute risk (?:reduction|difference)|[Rr]elative risk reduction|[Nn]umbers? needed to (?:treat|harm)|aORs?|aHRs?|aRRs?|ORs?|RRs?|HRs?|IRRs?|SMDs?|WMDs?|MDs?|RDs?|ARR|RRR|NNTs?|NNHs?)\b(?:\s+(?:for|of)\s+(?<outcome>[^,;:()=<>\d]{2,50}?))?\s*(?:\([^)]{0,25}\)\s*)?(?:[\[(]\s*95\s*%\s*CI\s*[\])]\s*)?(?:was|of|were|=|:|,|≈|~)?\s*(?<value>" + Num + ")(?![.,·]?\\d)", Options, 1000)]
    private static partial Regex EstimatePattern();

    // (?<!\d): a match never starts inside a run of digits (it would start at the run's first digit anyway), so
    // thousands of digits in a row cost one pass instead of one per digit.
    [GeneratedRegex(@"(?<value>(?<!\d)\d+(?:[.,·]\d+)?)\s*%\s*(?:\(\s*(?<num>\d+)\s*(?:/|of|out of)\s*(?<den>\d+)\s*\)|vs\.?\s|versus\s)|(?<num>(?<!\d)\d+)\s*(?:/|of|out of)\s*(?<den>\d+)\s*\(\s*(?<value>\d+(?:[.,·]\d+)?)\s*%\s*\)", Options, 1000)]
    private static partial Regex PercentagePattern();

    /// <summary>A follow-up stated with its length: "median follow-up of 5.6 years", "follow-up: 12 months".</summary>
    [GeneratedRegex(@"(?<follow>\b(?:(?:median|mean|average)\s*)?(?:follow[- ]?up|observation period|follow-up period|duration of follow-up)(?:\s+(?:time|period|duration))?(?>\s*)(?:was|of|:|,|=|lasted)?\s*(?:(?:was|of)\s+)?(?:approximately\s+|about\s+|up to\s+)?)(?<n>\d+(?:[.,]\d+)?|" + NumberWords.Pattern + @")\s*[- ]?(?<unit>years?|yrs?|months?|mo|weeks?|wks?|days?|hours?|h)\b", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FollowUpLengthPattern();

    /// <summary>An outcome's window: "28-day mortality", "12-month survival", "6-week programme".</summary>
    [GeneratedRegex(@"\b(?<n>\d+(?:[.,]\d+)?|" + NumberWords.Pattern + @")[- ](?<unit>year|month|week|day|hour)\b(?=[- ]?(?:\w+[- ])?(?:mortality|survival|follow[- ]?up|outcomes?|rates?|incidence|recurrence|risk|period|course|trial|study|intervention|program(?:me)?|treatment|therapy|supplementation|readmission|death|relapse|remission|endpoint|end point))", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OutcomeWindowPattern();

    /// <summary>A time point: "at 12 months", "after 8 weeks of follow-up".</summary>
    [GeneratedRegex(@"\b(?<prep>at|after|over|for|during|within|through|up to)\s+(?<n>\d+(?:[.,]\d+)?|" + NumberWords.Pattern + @")\s+(?<unit>years?|months?|weeks?|days?)\b(?:\s+(?:of\s+)?(?<follow>follow[- ]?up))?", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimePointPattern();

    /// <summary>A number as the patterns capture it: decimal comma or middle dot, minus sign, and \d's digits of any script ("٣" is 3).</summary>
    public static double ParseNumber(string text) =>
        double.Parse(AsciiDigits(text).Replace(" ", "", StringComparison.Ordinal).Replace('·', '.').Replace(',', '.').Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A whole count as the patterns capture it (any script's digits); null when it does not fit an int.</summary>
    public static int? ParseCount(string text) =>
        int.TryParse(AsciiDigits(text), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>\d matches the digits of every script; the parsers read ASCII ones.</summary>
    public static string AsciiDigits(string text) =>
        text.Any(IsOtherScriptDigit) ? string.Concat(text.Select(AsciiDigit)) : text;

    /// <summary>A decimal digit of any script as its ASCII digit ("٣" is '3'); any other character as it is.</summary>
    public static char AsciiDigit(char c) => IsOtherScriptDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;

    private static bool IsOtherScriptDigit(char c) => char.IsDigit(c) && c is not (>= '0' and <= '9');

    /// <summary>The interval's bounds, in order; false when they do not parse or are reversed.</summary>
    public static bool TryParseBounds(Match interval, out double lower, out double upper)
    {
        lower = ParseNumber(interval.Groups["lo"].Value);
        upper = ParseNumber(interval.Groups["hi"].Value);
        return lower <= upper;
    }

    public static string CanonicalMeasure(string measure)
    {
        var lower = measure.ToLowerInvariant();
        if (lower.EndsWith('s') && lower.Length > 3)
        {
            lower = lower[..^1];
        }

        return lower switch
        {
            "odds ratio" or "adjusted odds ratio" or "aor" or "or" => "OR",
            "relative risk" or "risk ratio" or "arr" or "rr" => lower == "arr" ? "ARR" : "RR",
            "relative risk reduction" or "rrr" => "RRR",
            "hazard ratio" or "adjusted hazard ratio" or "ahr" or "hr" => "HR",
            "incidence rate ratio" or "rate ratio" or "irr" => "IRR",
            "mean difference" or "weighted mean difference" or "wmd" or "md" => "MD",
            "standardised mean difference" or "standardized mean difference" or "smd" => "SMD",
            "risk difference" or "absolute risk difference" or "rd" => "RD",
            "absolute risk reduction" => "ARR",
            "number needed to treat" or "nnt" => "NNT",
            "number needed to harm" or "nnh" => "NNH",
            _ => measure.ToUpperInvariant(),
        };
    }

    public static string Comparator(string raw) => raw switch
    {
        "&lt;" => "<",
        "&gt;" => ">",
        "<=" or "=<" => "≤",
        ">=" or "=>" => "≥",
        _ => raw,
    };

    public static double? ParsePValue(string raw)
    {
        var text = raw.Replace(" ", "", StringComparison.Ordinal).Replace('·', '.').Replace(',', '.').Replace('−', '-').Replace('–', '-').Replace('×', 'x').Replace("^", "", StringComparison.Ordinal);
        if (text.StartsWith("10-", StringComparison.Ordinal) && int.TryParse(text[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var power))
        {
            return Math.Pow(10, -power);
        }

        var times = text.IndexOf("x10", StringComparison.Ordinal);
        if (times > 0 && double.TryParse(text[..times], NumberStyles.Float, CultureInfo.InvariantCulture, out var mantissa))
        {
            var exponent = text[(times + 3)..].Replace("--", "-", StringComparison.Ordinal);
            if (int.TryParse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e))
            {
                return mantissa * Math.Pow(10, e);
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static string TimeUnit(string raw) => raw.ToLowerInvariant() switch
    {
        "year" or "years" or "yr" or "yrs" => "years",
        "month" or "months" or "mo" => "months",
        "week" or "weeks" or "wk" or "wks" => "weeks",
        "day" or "days" => "days",
        _ => "hours",
    };
}
