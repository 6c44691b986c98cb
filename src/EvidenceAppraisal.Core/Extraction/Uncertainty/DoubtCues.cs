using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Uncertainty;

/// <summary>Patterns for stated controversy, open questions, admitted limitations and calls for more research.</summary>
internal static partial class DoubtCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The doubt patterns, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    // Each screen lists words of which every alternative of its pattern contains one as a whole word ("controvers*"
    // a prefix). FurtherResearch has no \b at its end: "warrants further" matches "warrants furthermore", so
    // "further*" is a prefix and its first alternative is screened by its nouns, not by "needed".
    public static readonly Cue ControversyCue = Set.Add(Controversy(),
        "there|controvers*|debated|matter|subject|conflicting|inconsistent|contradictory|consensus|disputed|contentious");

    public static readonly Cue OpenQuestionCue = Set.Add(OpenQuestion(),
        "unclear|uncertain|unknown|unresolved|inconclusive|poorly|not|little|determined|established|clarified|elucidated|resolved|defined");

    public static readonly Cue FurtherResearchCue = Set.Add(FurtherResearch(),
        "studies|research|trials|investigation|investigations|work|evidence|data|evaluation|further*|need|should|must|remain|remains");

    public static readonly Cue LimitationCue = Set.Add(Limitation(), "limitation|limitations|limited|sample|number|short|caution|cautiously");

    [GeneratedRegex(@"\b(?:there (?:is|are|remains?|has been|have been) (?:\w+ ){0,2}(?:controvers(?:y|ies)|debate|disagreement)|controvers(?:y|ies|ial)|(?:remains?|still|widely|hotly|much|often|long|highly) debated|(?:a )?matter of (?:debate|controversy)|subject of (?:debate|controversy)|conflicting (?:evidence|results|findings|data|reports|opinions|views)|inconsistent (?:results|findings|evidence|data)|contradictory (?:results|findings|evidence|data|reports)|(?:no|lack of|without) consensus|disputed|contentious)\b", Options, 1000)]
    public static partial Regex Controversy();

    [GeneratedRegex(@"\b(?:(?:is|are|remains?|was|were) (?:still |largely |currently |so far |as yet )?(?:unclear|uncertain|unknown|unresolved|inconclusive|poorly understood|not (?:well |fully |completely )?(?:understood|known|established|clear))|little is known|(?:remains?|has yet) to be (?:determined|established|clarified|elucidated|resolved|defined))\b", Options, 1000)]
    public static partial Regex OpenQuestion();

    /// <summary>A negation just before a cue ("not controversial", "no longer debated", "hardly disputed").</summary>
    [GeneratedRegex(@"\b(?:not|no longer|hardly|never|little|without)\s+(?:\w+\s+)?$", Options, 1000)]
    public static partial Regex NegatedBefore();

    /// <summary>A negation inside an existential cue ("there is no controversy", "there is little debate").</summary>
    [GeneratedRegex(@"\b(?:no|not|little|hardly any)\b", Options, 1000)]
    public static partial Regex NegationInside();

    [GeneratedRegex(@"\b(?:(?:further|more|additional|larger|future|well[- ]designed|high[- ]quality|prospective|randomi[sz]ed|multicent(?:er|re)|long[- ]term)\s+(?:\w+\s+){0,3}?(?:studies|research|trials|investigations?|work|evidence|data|evaluation)\s+(?:is|are|will be|would be)?\s*(?:\w+\s+)?(?:needed|required|warranted|necessary|justified|called for|should)|needs? (?:to be )?further (?:defined|studied|investigated|discussed|explored|clarified|evaluated|confirmed)|need (?:to be )?(?:confirmed|validated|verified|replicated)|warrants? further|merits? further|deserves? further|(?:should|must|need to) be (?:confirmed|validated|verified|replicated|investigated|explored|evaluated) (?:in|by|with) (?:\w+ )?(?:larger|further|future|prospective|randomi[sz]ed|other)|remains? to be (?:determined|established|clarified|confirmed|elucidated|proven|seen))", Options, 1000)]
    public static partial Regex FurtherResearch();

    [GeneratedRegex(@"\b(?:limitations? (?:of (?:this|our|the present|the current) (?:study|trial|analysis|review|work)|include[sd]?|are|were|was|is)|(?:this|our|the present|the current) (?:study|trial|analysis|review|work) (?:has|had|is subject to|was subject to) (?:\w+ ){0,2}limitations?|(?:is|was|were|are) limited by|(?:main|major|key|important|potential|several|some|certain) limitations?|a limitation|limited by (?:the |its |a |our )?(?:small|retrospective|short|lack|single)|(?:small|limited|modest) (?:sample|number of (?:patients|participants|subjects))|short (?:duration of )?follow-up|(?:should|must) be interpreted with caution|caution is (?:needed|warranted|required)|interpret(?:ed)? (?:these |our )?(?:results|findings) (?:with caution|cautiously))\b", Options, 1000)]
    public static partial Regex Limitation();

    private static readonly (string Topic, string[] Words)[] Topics =
    [
        ("effectiveness", ["effectiveness", "efficacy", "effective", "efficacious", "benefit", "usefulness", "outcome", "value of"]),
        ("safety", ["safety", "safe", "bleeding", "adverse", "harm", "toxicity", "side effect", "complication"]),
        ("mechanism", ["mechanism", "pathophysiolog", "pathway", "pathogenesis", "mode of action"]),
        ("dosing", ["dose", "dosing", "dosage", "timing", "duration", "regimen"]),
    ];

    /// <summary>What a doubt is about, where the sentence says: effectiveness, safety, mechanism, dosing.</summary>
    public static IReadOnlyList<string> TopicsIn(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        return Topics.Where(t => t.Words.Any(w => lower.Contains(w, StringComparison.Ordinal))).Select(t => t.Topic).ToList();
    }
}
