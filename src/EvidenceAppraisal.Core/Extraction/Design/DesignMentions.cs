using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>
/// Tells a design cue that describes this study from one that is negated ("not randomised"), wished for
/// ("further randomised trials are needed"), ruled out ("a randomised trial was not feasible") or about other
/// work ("previous randomised trials showed"). Looks only at the words just before and after the cue.
/// </summary>
internal static partial class DesignMentions
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft;

    /// <summary>Words that, right before a cue, make it not about this study.</summary>
    [GeneratedRegex(@"\b(?:not|no|non|nor|never|neither|without|lack(?:ing)?(?: of)?|absence of|unlike|instead of|rather than|previous(?:ly)?|prior|earlier|published|existing|other|several|many|numerous|few|some|future|further|larger|additional|more|well[- ]designed|high[- ]quality|large[- ]scale|adequately[- ]powered|definitive|longer|confirmatory|need for|needed|require[sd]?|requiring|warrant(?:s|ed)?|recommend(?:s|ed)?|call for|from|in contrast to|including|include[sd]?|such as|like|than|whereas|although)(?:[\s,(-]+(?:a|an|the|well|adequately|appropriately|properly|large|larger|small|multi-?cent(?:er|re)|double-blind|placebo-controlled|prospective|clinical|controlled|independent|published|recent|[\w-]+ly))*[\s,(-]*\G", Options, 1000)]
    private static partial Regex Before();

    /// <summary>Words that, right after a cue, rule it out or move it to other studies.</summary>
    [GeneratedRegex(@"\G[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:(?:is|are|was|were|would be|will be|remain|remains|be)\s+(?:still\s+)?(?:needed|warranted|required|necessary|lacking|scarce|limited|rare|few|unavailable|not (?:feasible|possible|available|performed|done|conducted|ethical|practical|appropriate)|unethical|impossible|impractical|difficult|unfeasible|infeasible|awaited|ongoing|underway)|(?:have|has|had) (?:been )?(?:shown|demonstrated|reported|found|suggested|failed|yielded|produced|established|confirmed|proven|indicated)|(?:show(?:ed)?|demonstrate[sd]?|report(?:ed)?|suggest(?:ed)?|found|indicate[sd]?) (?:that|a|an|no|the|conflicting|mixed|inconsistent|similar))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex After();

    /// <summary>Hedges that sit anywhere in the clause: "should be confirmed in a randomised trial".</summary>
    [GeneratedRegex(@"\b(?:should be (?:confirmed|tested|evaluated|investigated|validated|examined|assessed|studied|explored|conducted|performed|undertaken|done|replicated)|(?:needs?|need) to be|are (?:needed|warranted|required)|is (?:needed|warranted|required)|would be (?:needed|required|useful|valuable|helpful|desirable)|it is (?:not )?(?:feasible|possible|ethical)|could not be|can not be|cannot be)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Hedge();

    /// <summary>Whether the cue at <paramref name="start"/> (length <paramref name="length"/>) in <paramref name="text"/> describes this study.</summary>
    public static bool IsAboutThisStudy(string text, int start, int length)
    {
        if (start > 0 && Before().Match(text, 0, start).Success)
        {
            return false;
        }

        var end = start + length;
        if (end < text.Length && After().IsMatch(text, end))
        {
            return false;
        }

        // A hedge in the same clause (up to a semicolon or the sentence end) makes the cue a wish, not a fact.
        var clauseEnd = text.IndexOfAny([';', ':'], end);
        var clause = text.AsSpan(end, Math.Min((clauseEnd < 0 ? text.Length : clauseEnd) - end, 60));
        return !Hedge().IsMatch(clause);
    }
}
