using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>One outcome claim inside a sentence: where its verb stands, what it says and about which outcome.</summary>
internal readonly record struct OutcomeClaim(int Index, int Length, string Cue, string Direction, string Outcome, bool Negated, int SubjectStart);

/// <summary>
/// Reads the outcome claims of one sentence: a direction word ("reduced", "lower", "no difference") with the
/// outcome it acts on, after it ("reduced 28-day mortality") or, for passive and predicative forms, before it
/// ("mortality was lower"). A negation immediately before the direction word ("did not reduce", "no
/// significant difference in", "without increasing") turns the claim into one of no difference.
/// </summary>
internal static partial class OutcomeClaimParser
{
    [GeneratedRegex(@"\b(?<verb>reduc(?:e|es|ed|ing|tions?)|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|prevent(?:s|ed|ing)?|attenuat(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|shorten(?:s|ed|ing)?|fewer|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|prolong(?:s|ed|ing)?|higher|greater|longer|improv(?:e|es|ed|ing|ements?)|enhanc(?:e|es|ed|ing)|benefit(?:s|ed)?|better|worsen(?:s|ed|ing)?|impair(?:s|ed)?|exacerbat(?:e|es|ed|ing)|aggravat(?:e|es|ed|ing)|worse|(?:(?:was|were|is|are|be|been)\s+)?associated with|differ(?:s|ed|ent|ences?)?|similar|comparable|mixed (?:results|effects|findings|evidence|outcomes))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DirectionWord();

    /// <summary>The direction words' screen (see <see cref="CueSet"/>): a sentence with none of these words claims nothing.</summary>
    public static readonly CueSet Set = new();

    // Every alternative of DirectionWord is one of these words, or (its inflections) starts with one of these prefixes.
    public static readonly Cue DirectionCue = Set.Add(DirectionWord(),
        "reduc*|decreas*|lower*|prevent*|attenuat*|alleviat*|shorten*|fewer|increas*|rais*|prolong*|higher|greater|longer|improv*|enhanc*|benefit*|better|"
        + "worsen*|impair*|exacerbat*|aggravat*|worse|associated|differ*|similar|comparable|mixed");

    /// <summary>
    /// A negation ending right before a direction word: "did not", "no significant", "failed to", "without",
    /// "was not significantly". Applied to the few words before the direction word only.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:did|does|do|was|were|is|are|could|can|would|will|may|might|has|have|had)\s+not|(?:did|does|do|was|were|is|are|could|would|has|have)n't|cannot|failed to|neither|nor|without|no|not)\s+(?:(?:(?!only\b)\w+ly|been|be|a|an|any)\s+){0,3}(?:(?:statistically|clinically)\s+)?(?:significant\s+|meaningful\s+|important\s+|relevant\s+|detectable\s+|appreciable\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NegationBefore();

    /// <summary>A form of "to be" (with adverbs) right before the direction word: the outcome is the subject.</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|be|remained|appeared|became)\s+(?:\w+ly\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforeIsCopula();

    [GeneratedRegex(@"^(?:was|were|is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NegatedCopula();

    private static readonly string[] ClauseWords = [" that ", " whereas ", " while ", " but ", " although ", " which ", " and that ", " and the ", " and its ", " and their "];

    private static readonly string[] OutcomeCuts =
        [" in ", " compared", " versus", " vs", " than ", " among ", " after ", " by ", " when ", " between ", " relative to", " at ", " during ", " from ", " across ", " with the use", " was ", " were ", " is ", " are ", " suggesting", " indicating", " which ", " that ", " but ", " whereas ", " while ", " and did", " and was", " and were", " had ", " has ", " did "];

    private static readonly string[] GroupWords = [" group", " arm", "patients", "participants", "subjects", "controls", "those ", "cohort", "children", "women", " men"];

    /// <summary>An outcome phrase never ends in one of these: "combination resulted in", "the".</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "to", "with", "by", "for", "at", "from", "as", "that", "this", "these", "than", "be", "been",
        "was", "were", "is", "are", "had", "has", "have", "did", "do", "does", "significantly", "significant", "statistically", "also", "not", "no", "any", "all", "there", "when", "where",
    };

    private static readonly string[] Leads =
    [
        "in ", "the ", "a ", "an ", "of ", "on ", "significantly ", "both ", "overall ", "rates of ", "rate of ", "risk of ", "levels of ", "in the ", "its ", "their ",
        "was observed ", "were observed ", "was found ", "were found ", "was seen ", "were seen ", "was noted ", "were noted ", "was detected ", "were detected ",
        "regarding ", "with regard to ", "with respect to ", "concerning ", "for ", "in terms of ",
    ];

    /// <param name="mask">The sentence's mask of <see cref="Set"/>.</param>
    public static IEnumerable<OutcomeClaim> Parse(string text, ulong mask)
    {
        var matches = DirectionCue.Matches(text, mask);
        for (var i = 0; i < matches.Count; i++)
        {
            var verbMatch = matches[i];
            var verb = verbMatch.Groups["verb"];
            var windowStart = Math.Max(0, verbMatch.Index - 60);
            var negation = NegationBefore().Match(text, windowStart, verbMatch.Index - windowStart);
            var negated = negation.Success || IsDifferenceDeniedAfter(text, verbMatch);
            var (mIndex, mLength) = negated ? (negation.Index, verbMatch.Index + verbMatch.Length - negation.Index) : (verbMatch.Index, verbMatch.Length);
            var cue = text.Substring(mIndex, mLength);
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var verbText = verb.Value.ToLowerInvariant();

            // "a greater increase in X": the first word only grades the second, which carries the claim.
            if (i + 1 < matches.Count && text.AsSpan(verbMatch.Index + verbMatch.Length, end - verbMatch.Index - verbMatch.Length).IsWhiteSpace())
            {
                continue;
            }
            var predicative = !negated && BeforeIsCopula().IsMatch(text.AsSpan(windowStart, verbMatch.Index - windowStart));

            // Attributive "different methods" means various, not a difference found.
            if (verbText == "different" && !predicative && !negated)
            {
                continue;
            }
            var negatedCopula = negated && NegatedCopula().IsMatch(negation.Value);

            var verbEnd = verbMatch.Index + verbMatch.Length;
            var after = OutcomeAfter(text, verbEnd, end);
            var subjectStart = SubjectStart(text, mIndex);
            var associated = verb.Value.EndsWith("associated with", StringComparison.OrdinalIgnoreCase);
            var fromSubject = (predicative || negatedCopula) && !associated || after.Length == 0 || IsComparisonOnly(text, verbEnd);

            // "the participants scored lower than ...": the subject ends in its own verb, so it names no outcome.
            if (fromSubject && !predicative && !negatedCopula && EndsWithVerb(text.AsSpan(subjectStart, mIndex - subjectStart)))
            {
                continue;
            }

            var outcome = fromSubject ? Clean(text[subjectStart..mIndex], fromSubject: true) : after;
            if ((outcome.Length == 0 || IsNotAnOutcome(outcome)) && after.Length > 0 && !IsComparisonOnly(text, verbEnd))
            {
                outcome = after;
            }

            if (outcome.Length == 0 || IsNotAnOutcome(outcome))
            {
                continue;
            }

            yield return new OutcomeClaim(mIndex, mLength, cue.Trim(), DirectionOf(verb.Value, negated), outcome, negated, subjectStart);
        }
    }

    private static bool EndsWithVerb(ReadOnlySpan<char> subject)
    {
        subject = subject.TrimEnd();
        var space = subject.LastIndexOf(' ');
        var last = space < 0 ? subject : subject[(space + 1)..];
        return last.Length > 3 && last.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !last.Contains('-');
    }

    /// <summary>"Differences between the groups were not significant": the difference is denied after the noun.</summary>
    private static bool IsDifferenceDeniedAfter(string text, Match verb)
    {
        if (!verb.Value.StartsWith("difference", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stop = text.IndexOfAny([';', '.'], verb.Index + verb.Length);
        var clause = text.AsSpan(verb.Index + verb.Length, (stop < 0 ? text.Length : stop) - verb.Index - verb.Length);
        return clause.Contains("not significant", StringComparison.OrdinalIgnoreCase) || clause.Contains("nonsignificant", StringComparison.OrdinalIgnoreCase)
            || clause.Contains("non-significant", StringComparison.OrdinalIgnoreCase) || clause.Contains("not statistically significant", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"did not differ between groups", "higher in the heparin group": what follows names the groups, not the outcome.</summary>
    private static bool IsComparisonOnly(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        if (rest.StartsWith("in ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("among ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("with ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
        {
            // The group must come within the first four words: "in the heparin group", not "in mortality between groups".
            var words = 0;
            var cut = 0;
            while (cut < rest.Length && words < 4)
            {
                if (rest[cut] == ' ')
                {
                    words++;
                }

                cut++;
            }

            var window = rest[..cut];
            foreach (var group in GroupWords)
            {
                if (window.Contains(group, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return rest.StartsWith("between", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("across", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("among", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("from", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("in the", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("significantly", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("than", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("compared", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("versus", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("vs", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("relative to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where the clause holding the direction word begins: after the last punctuation or subordinating word before it.</summary>
    private static int SubjectStart(string text, int before)
    {
        var start = text.LastIndexOfAny([',', ';', ':', '('], Math.Max(0, before - 1)) + 1;
        var head = text.AsSpan(0, before);
        foreach (var word in ClauseWords)
        {
            var at = head.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + word.Length > start)
            {
                start = at + word.Length;
            }
        }

        return Math.Min(start, before);
    }

    /// <summary>The noun phrase after the verb, up to the next clause boundary, cleaned of filler.</summary>
    private static string OutcomeAfter(string text, int start, int end)
    {
        var stop = text.IndexOfAny([',', ';', '.', '(', ':'], start);
        if (stop < 0 || stop > end)
        {
            stop = end;
        }

        // A decimal point or an abbreviation's dot does not end the phrase.
        while (stop < end && text[stop] == '.' && stop + 1 < text.Length && !char.IsWhiteSpace(text[stop + 1]))
        {
            var next = text.IndexOfAny([',', ';', '.', '(', ':'], stop + 1);
            stop = next < 0 || next > end ? end : next;
        }

        return Clean(text[start..stop], fromSubject: false);
    }

    private static string Clean(string raw, bool fromSubject)
    {
        var phrase = fromSubject ? BeforeIsCopula().Replace(raw, "") : raw;
        phrase = phrase.Trim();
        foreach (var cut in OutcomeCuts)
        {
            var at = phrase.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }

        var with = phrase.IndexOf("patients with ", StringComparison.OrdinalIgnoreCase);
        if (with >= 0)
        {
            phrase = phrase[(with + "patients with ".Length)..];
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var lead in Leads)
            {
                if (phrase.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && phrase.Length > lead.Length)
                {
                    phrase = phrase[lead.Length..].TrimStart();
                    changed = true;
                }
                else if (phrase.Equals(lead.TrimEnd(), StringComparison.OrdinalIgnoreCase))
                {
                    phrase = "";
                }
            }
        }
        while (changed);

        phrase = phrase.Trim().TrimEnd('.', ',', ';');
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var limit = fromSubject ? 8 : 12;
        return words.Length > limit ? string.Join(' ', words.Take(limit)) : string.Join(' ', words);
    }

    /// <summary>Phrases a direction word often governs that are not outcomes: pronouns, doses, groups, numbers.</summary>
    private static bool IsNotAnOutcome(string outcome)
    {
        var lower = outcome.ToLowerInvariant();
        if (lower.Length < 3 || lower.Count(c => c == '(') != lower.Count(c => c == ')') || lower.StartsWith("not ", StringComparison.Ordinal)
            || lower.StartsWith("between ", StringComparison.Ordinal) || lower.StartsWith("among ", StringComparison.Ordinal) || lower.StartsWith("across ", StringComparison.Ordinal)
            || FunctionWords.Contains(lower.Split(' ')[^1]) || FunctionWords.Contains(lower.Split(' ')[0]))
        {
            return true;
        }

        return lower is "it" or "this" or "that" or "these" or "those" or "them" or "we" or "there" or "which" or "significantly" or "statistically" or "groups" or "the groups"
            || lower.Contains("characteristics", StringComparison.Ordinal) || lower.Contains("demographic", StringComparison.Ordinal)
            || lower.StartsWith("dose", StringComparison.Ordinal) || lower.StartsWith("doses", StringComparison.Ordinal)
            || lower.StartsWith("than", StringComparison.Ordinal) || lower.StartsWith("to ", StringComparison.Ordinal)
            || char.IsDigit(lower[0]) && !lower.Contains('-', StringComparison.Ordinal);
    }

    private static string DirectionOf(string verbText, bool negated)
    {
        var verb = verbText.ToLowerInvariant();
        if (negated || verb is "similar" or "comparable")
        {
            return "no-difference";
        }

        if (verb.StartsWith("differ", StringComparison.Ordinal))
        {
            return "differs";
        }

        if (verb.StartsWith("mixed", StringComparison.Ordinal))
        {
            return "mixed";
        }

        return verb switch
        {
            _ when verb.EndsWith("associated with", StringComparison.Ordinal) => "associated",
            _ when verb.StartsWith("improv", StringComparison.Ordinal) || verb.StartsWith("enhanc", StringComparison.Ordinal) || verb.StartsWith("benefit", StringComparison.Ordinal) || verb == "better" => "improves",
            _ when verb.StartsWith("increas", StringComparison.Ordinal) || verb.StartsWith("rais", StringComparison.Ordinal) || verb.StartsWith("prolong", StringComparison.Ordinal) || verb is "higher" or "greater" or "longer" => "increases",
            _ when verb.StartsWith("worsen", StringComparison.Ordinal) || verb.StartsWith("impair", StringComparison.Ordinal) || verb.StartsWith("exacerbat", StringComparison.Ordinal) || verb.StartsWith("aggravat", StringComparison.Ordinal) || verb == "worse" => "worsens",
            _ => "reduces",
        };
    }
}
