using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>Patterns for trial numbers. Every pattern is bounded by a match timeout.</summary>
internal static partial class NumberPatterns
{
    private const string Num = @"-?\d+(?:[.,·]\d+)?";

    [GeneratedRegex(@"(?<![\w.])(?:[Pp](?:\s*-?\s*values?)?\s*(?<cmp>[<>=≤≥]|&lt;|&gt;|<=|>=)\s*(?<val>0?[.,·]\d+(?:\s*[x×]\s*10\s*[-−]\s*\d+)?|1(?:[.,]0+)?|\d(?:\.\d+)?\s*[x×]\s*10\s*[-−]\s*\d+|\d(?:\.\d+)?[eE]-?\d+)|[Pp]\s+values?\s+(?:of\s+)?(?<val2>0?\.\d+)|(?<ns>\(NS\)|\bNS\b))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex PValue();

    [GeneratedRegex(@"(?<level>\d{2}(?:\.\d)?)\s*%\s*(?:CI|C\.I\.|confidence intervals?|credible intervals?|CrI)\s*[:=,]?\s*[\[(]?\s*(?<lo>" + Num + @")\s*(?:to|-|–|—|,|;|and)\s*(?<hi>" + Num + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Interval();

    [GeneratedRegex(@"(?<![\w])(?<measure>adjusted odds ratio|odds ratio|relative risk|risk ratio|hazard ratio|incidence rate ratio|rate ratio|mean difference|standardi[sz]ed mean difference|risk difference|number needed to (?:treat|harm)|aOR|aHR|aRR|OR|RR|HR|IRR|SMD|WMD|MD|RD|ARR|RRR|NNT|NNH)\b\s*(?:\([^)]{0,20}\)\s*)?(?:was|of|were|=|:|,)?\s*(?<value>" + Num + ")",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Estimate();

    // (?<!\d), (?<![\d,]): a match never starts inside a run of digits (it would start at the run's first digit anyway),
    // so thousands of digits in a row cost one pass instead of one per digit.
    [GeneratedRegex(@"(?<value>(?<!\d)\d+(?:\.\d+)?)\s*%\s*(?:\(\s*(?<num>\d+)\s*(?:/|of)\s*(?<den>\d+)\s*\)|vs\.?|versus)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Percentage();

    [GeneratedRegex(@"(?:\b(?:a total of|total of|overall,?|in total,?|altogether,?)\s+(?<n>\d[\d,]*)\s+(?:\w+\s+){0,3}?(?<unit>patients|participants|subjects|individuals|people|persons|adults|children|infants|neonates|women|men|volunteers|cases|students|residents|studies|trials|RCTs|eyes|pregnancies)|(?<n>(?<![\d,])\d[\d,]*)\s+(?:\w+[- ]){0,3}?(?<unit>patients|participants|subjects|individuals|people|persons|adults|children|infants|neonates|women|men|volunteers|students|residents|eyes|pregnancies)\s+(?:\w+\s+){0,4}?(?:were|was|had been)?\s*(?:randomi[sz]ed|enrolled|recruited|included|randomly assigned|allocated|studied)|(?:randomi[sz]ed|enrolled|recruited|included)\s+(?<n>\d[\d,]*)\s+(?:\w+\s+){0,3}?(?<unit>patients|participants|subjects|individuals|people|adults|children|women|men|volunteers|studies|trials)|\b(?<n>(?<![\d,])\d[\d,]*)\s+(?<unit>studies|trials|RCTs|randomi[sz]ed (?:controlled )?trials)\s+(?:\w+\s+){0,3}?(?:were |was )?(?:included|identified|met|eligible)|\b[Nn]\s*=\s*(?<n>\d[\d,]*)\b(?<unit>))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SampleSize();

    /// <summary>A number as the patterns capture it: decimal comma or middle dot, and \d's digits of any script ("٣" is 3).</summary>
    public static double ParseNumber(string text)
    {
        var ascii = string.Concat(text.Select(c => char.IsDigit(c) && c is not (>= '0' and <= '9') ? (char)('0' + (int)char.GetNumericValue(c)) : c));
        return double.Parse(ascii.Replace('·', '.').Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }
}
