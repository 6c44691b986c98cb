using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Uncertainty;

/// <summary>One hedge cue in a sentence and the kind of doubt it expresses.</summary>
internal readonly record struct HedgeCue(int Index, int Length, string Text, string Kind);

/// <summary>
/// Finds the words by which authors speculate or signal uncertainty: modals ("may", "could"), evidential
/// verbs ("suggests", "indicates", "appears to"), hypotheses, approximators ("a certain effect"), open
/// questions ("whether") and ability ("can", "able to"). Uses that only look like hedges are skipped:
/// "could be detected" (past ability to observe), "examined whether" (a study question), "putative binding
/// site" (a sequence annotation), "May 2010".
/// </summary>
internal static partial class HedgeCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The kind of "can", "able to": capability rather than speculation.</summary>
    public const string Ability = "ability";

    /// <summary>The hedge pattern's screen (see <see cref="CueSet"/>): every alternative of it contains one of these words.</summary>
    public static readonly CueSet Set = new();

    public static readonly Cue Screened = Set.Add(Cue(),
        "may|might|could|would|possible|possibly|possibility|perhaps|likely|unlikely|probable|probably|presumable|presumably|putative|potential|potentially|"
        + "plausible|plausibly|conceivable|conceivably|certain|extent|suggest*|indicate|indicates|indicated|indicating|appear|appears|appeared|seem|seems|seemed|"
        + "imply|implies|implied|evidence|hypothes*|postulat*|speculat*|we|whether|can|able|capable|unable");

    [GeneratedRegex(@"\b(?:may(?!\s+\d)|might|could|would|possibl[ey]|possibility|perhaps|(?:un)?likely|probabl[ey]|presumabl[ey]|putative|potential(?:ly)?|plausibl[ey]|conceivabl[ey]|a certain|to some extent|suggest\w*|indicat(?:e|es|ed|ing)|appears?|appeared|seems?|seemed|impl(?:y|ies|ied)|evidence (?:that|for|of)|hypothes[ie][sz]\w*|postulat\w+|speculat\w+|we (?:propose|believe|think)|whether|can|able to|capable of|unable to)\b", Options, 1000)]
    private static partial Regex Cue();

    /// <summary>"putative NF-kB binding site": a name for a predicted sequence feature, not a hedge.</summary>
    [GeneratedRegex(@"^\s+(?:[\w()/+-]+[- ]){0,4}?(?:binding )?(?:sites?|motifs?|elements?|sequences?|domains?|regions?|box(?:es)?)\b", Options, 1000)]
    private static partial Regex SequenceFeature();

    /// <summary>"could (not) be detected", "could only be seen": reports what was observable, not a possibility.</summary>
    [GeneratedRegex(@"^\s+(?:not\b|(?:(?:also|still|then|readily|easily|clearly|only|no longer|be)\s+)*(?:be\s+)?(?:detected|observed|seen|measured|found|visuali[sz]ed|demonstrated|shown|identified|isolated|obtained|recovered|restored|reproduced)\b)", Options, 1000)]
    private static partial Regex ObservedAfterCould();

    [GeneratedRegex(@"\bwe\s+$", Options, 1000)]
    private static partial Regex WeBefore();

    /// <summary>A verb of inquiry before "whether": the sentence states a question studied, not a doubt.</summary>
    [GeneratedRegex(@"\b(?:determin\w*|examin\w*|investigat\w*|assess\w*|test\w*|ask\w*|analy[sz]\w*|stud\w*|evaluat\w*|explor\w*|address\w*|establish|ascertain|see|know|compar\w*|question|on|of)\s+$", Options, 1000)]
    private static partial Regex InquiryBefore();

    /// <summary>"a certain (anti-inflammatory) effect": an approximator on an effect, unlike "a certain number".</summary>
    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:effects?|roles?|degree|extent|benefits?|impact|influence|activity|efficacy|value|protective|therapeutic)\b", Options, 1000)]
    private static partial Regex EffectAfterCertain();

    /// <param name="mask">The sentence's mask of <see cref="Set"/>.</param>
    public static IEnumerable<HedgeCue> In(string text, ulong mask)
    {
        foreach (var m in Screened.Matches(text, mask))
        {
            var word = m.Value.ToLowerInvariant();
            // Views, not copies: most cue words never look around them, and a sentence has several cues.
            var after = text.AsSpan(m.Index + m.Length);
            var before = text.AsSpan(0, m.Index);
            var skip = word switch
            {
                "potential" or "potentially" or "putative" => SequenceFeature().IsMatch(after),
                "could" => ObservedAfterCould().IsMatch(after) || WeBefore().IsMatch(before),
                "whether" => InquiryBefore().IsMatch(before),
                "a certain" => !EffectAfterCertain().IsMatch(after),
                _ => false,
            };
            if (!skip)
            {
                yield return new HedgeCue(m.Index, m.Length, m.Value, KindOf(word));
            }
        }
    }

    private static string KindOf(string word) => word switch
    {
        "can" or "able to" or "capable of" or "unable to" => Ability,
        "whether" => "question",
        "a certain" or "to some extent" => "approximator",
        _ when word.StartsWith("suggest", StringComparison.Ordinal) || word.StartsWith("indicat", StringComparison.Ordinal)
            || word.StartsWith("appear", StringComparison.Ordinal) || word.StartsWith("seem", StringComparison.Ordinal)
            || word.StartsWith("impl", StringComparison.Ordinal) || word.StartsWith("evidence", StringComparison.Ordinal) => "evidential",
        _ when word.StartsWith("hypothes", StringComparison.Ordinal) || word.StartsWith("postulat", StringComparison.Ordinal)
            || word.StartsWith("speculat", StringComparison.Ordinal) || word.StartsWith("we ", StringComparison.Ordinal) => "hypothesis",
        _ => "modal",
    };
}
