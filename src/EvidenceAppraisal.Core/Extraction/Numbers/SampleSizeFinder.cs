using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Numbers;

/// <summary>A count of people stated in one sentence, with how strongly it reads as the enrolled total.</summary>
internal sealed record SampleSizeCandidate(int Value, int Start, int Length, double Score, bool IsArm, int SentenceIndex, bool IsSum = false, bool IsPlanned = false);

/// <summary>
/// Finds the counts of people a sentence states ("A total of 1491 women were randomly assigned", "Three hundred
/// thirty-five women", "n = 449", "in 40 patients") and scores each as the study's enrolled or randomised total:
/// enrolment verbs, "a total of" and a count that opens the sentence raise it; outcome counts ("completed",
/// "died"), denominators ("68 of 109") and group sizes ("(n = 55)") lower it. Group sizes stated together are
/// also offered as their sum. The extractor keeps the best candidate of the document, or none when no
/// candidate is strong enough: abstaining is better than a wrong number.
/// </summary>
internal static partial class SampleSizeFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Count = @"(?<n>(?!0\d)\d{1,3}(?:(?:,|\u2009|\u202F| )\d{3})+(?![\d.,]\d)|(?!0\d)\d+(?![\d.,]\d)|" + NumberWords.Pattern + ")";

    private const string People = @"(?<noun>patients|participants|subjects|individuals|persons|people|adults|children|infants|neonates|newborns|babies|adolescents|youths|students|women|men|girls|boys|mothers|couples|dyads|families|households|smokers|survivors|outpatients|inpatients|volunteers|residents|employees|workers|nurses|physicians|doctors|athletes|respondents|veterans|users|clients|members|recipients|pregnancies|eyes|cases|controls|elderly|donors|carers|caregivers|parents|pairs|twins|teenagers|pupils|soldiers|recruits|consumers|practitioners|females|males|beneficiaries|enrollees|attendees|trainees|learners|dentists|surgeons|pharmacists|midwives|mother-infant pairs|BCS)";

    /// <summary>
    /// A count followed, within a few words, by the people it counts. Each word and gap is atomic: a word cut
    /// shorter could never be followed by a gap, and trying every cut made "two two two ..." exponential.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.,/±-])" + Count + @"(?:(?>\s+|-(?=[a-z]+-)|,\s+)(?!(?:of|or|to|in|with|from|were|was|had|per|at|for|who|that|which|whom|vs|than|and\s+\d|randomi[sz]ed|enrolled|recruited|included|trials?|stud(?:y|ies)|received|underwent)\b)(?>[A-Za-z(][\w()'’≥≤/-]*|\d{1,2}\b)){0,7}?\s+" + People + @"\b", Options, 1000)]
    private static partial Regex CountedPeoplePattern();

    /// <summary>"n = 120", "N=1,203", "(n = 10 576)".</summary>
    [GeneratedRegex(@"\b[Nn]\s?[=:]\s?" + Count, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NEqualsPattern();

    /// <summary>A verb or "a total of" right before a count that no people noun follows: "randomly assigned 916 to ...".</summary>
    [GeneratedRegex(@"\b(?:a total of|in total,?|totally|total of|randomi[sz]ed|randomly (?:assigned|allocated)|enrolled|recruited|included|studied|involving|comprising|consisting of)\s+(?:approximately |about |nearly |some )?" + Count + @"\b(?=\s*(?:[,;:.)(]|(?:were|was|had|who|to|into|in|and|of whom|from|at|with|across)\b))", Options, 1000)]
    private static partial Regex VerbCountPattern();

    /// <summary>Studies in a review: "24 trials (3,410 participants) were included", "we included 12 RCTs".</summary>
    [GeneratedRegex(@"(?<![\w.,/-])" + Count + @"\s+(?:[\w-]+\s+){0,3}?(?<noun>studies|trials|RCTs|articles|publications|papers|reports|cohorts)\b(?=[^.;]{0,60}\b(?:were|was|met|are)\s+(?:\w+\s+)?(?:included|identified|eligible|selected|analy[sz]ed|reviewed|pooled)\b|[^.;]{0,30}\bincluded\b)|\b(?:included|identified|pooled)\s+(?:a total of\s+|data from\s+)?" + Count + @"\s+(?:[\w-]+\s+){0,3}?(?<noun>studies|trials|RCTs|articles|publications|papers|reports|cohorts)\b", Options, 1000)]
    private static partial Regex CountedStudiesPattern();

    /// <summary>The count patterns, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();
    private static readonly Cue CountedPeople = Set.Add(CountedPeoplePattern(), "patients|participants|subjects|individuals|persons|people|adults|children|infants|neonates|newborns|babies|adolescents|youths|students|women|men|girls|boys|mothers|couples|dyads|families|households|smokers|survivors|outpatients|inpatients|volunteers|residents|employees|workers|nurses|physicians|doctors|athletes|respondents|veterans|users|clients|members|recipients|pregnancies|eyes|cases|controls|elderly|donors|carers|caregivers|parents|pairs|twins|teenagers|pupils|soldiers|recruits|consumers|practitioners|females|males|beneficiaries|enrollees|attendees|trainees|learners|dentists|surgeons|pharmacists|midwives|bcs");
    private static readonly Cue NEquals = Set.Add(NEqualsPattern(), "n");
    private static readonly Cue VerbCount = Set.Add(VerbCountPattern(), "total|totally|overall|altogether|randomized|randomised|randomly|enrolled|recruited|included|studied|involving|comprising|consisting");
    private static readonly Cue CountedStudies = Set.Add(CountedStudiesPattern(), "studies|trials|rcts|articles|publications|papers|reports|cohorts");

    [GeneratedRegex(@"\b(?:randomi[sz](?:ed|ation)|randomly (?:assigned|allocated|divided)|allocated|assigned)\b", Options, 1000)]
    private static partial Regex Randomised();

    [GeneratedRegex(@"\b(?:enrolled|enrol(?:l)?ment|recruited|recruitment|entered|participated|took part|were included|included in (?:the|this) (?:study|trial|analysis)|were studied|were investigated|were evaluated|were examined|were treated|underwent|received|were followed|were identified|comprised|consisted of|involving|involved|participants|cohort of|sample of|were surveyed|were interviewed|were selected|trial of|study of|conducted (?:in|on|among|with)|included|includes|including data (?:on|from))\b", Options, 1000)]
    private static partial Regex Enrolled();

    /// <summary>Verbs of analysis: the count may be the sample or the analysed subset.</summary>
    [GeneratedRegex(@"\b(?:were (?:evaluated|assessed|analy[sz]ed|reviewed|examined|seen|observed|documented)|analy[sz]ed|evaluated)\b", Options, 1000)]
    private static partial Regex Analysed();

    [GeneratedRegex(@"\b(?:a total of|in total|totally|overall|altogether|total (?:of|sample|population|cohort))\b", Options, 1000)]
    private static partial Regex Total();

    /// <summary>Counts that are outcomes, not the sample: who completed, dropped out, responded, died.</summary>
    [GeneratedRegex(@"\b(?:completed (?:the|all|treatment|follow|therapy|the study)|were lost|lost to follow-?up|withdrew|withdrawn|dropped out|discontinued|died|deaths?|relapsed|recurred|responded|achieved|experienced|developed|had (?:a|an|no|at least|grade)|reported|showed|were positive|were negative|were excluded|excluded|ineligible|remained|were evaluable|evaluable|were available|available for|were alive|survived|required|needed|refused|declined|did not|was observed|were observed|occurred|crossed over)\b", Options, 1000)]
    private static partial Regex Outcome();

    /// <summary>People approached before enrolment: screened, assessed for eligibility, invited.</summary>
    [GeneratedRegex(@"\b(?:screened|assessed for eligibility|were eligible|approached|invited|contacted|potentially eligible|registered)\b", Options, 1000)]
    private static partial Regex Screened();

    /// <summary>A planned size: "target accrual is 200", "designed to enroll 184", "will be recruited".</summary>
    [GeneratedRegex(@"\b(?:target(?:ed)?|planned|intended|anticipated|expected|required|designed to (?:enrol|enroll|recruit|include|randomi[sz]e)|sample size (?:of|was|is|will)|will be|to be (?:recruited|enrolled|randomi[sz]ed)|power(?:ed)?)\b", Options, 1000)]
    private static partial Regex Planned();

    /// <summary>The count is a numerator: "68 (62%) of 109", "26/27", "9 of the 20".</summary>
    [GeneratedRegex(@"^\s*(?:\(\s*\d+(?:[.,]\d+)?\s?%\s*\)\s*)?(?:of|out of|/)\s", Options, 1000)]
    private static partial Regex PartOf();

    /// <summary>The count is a denominator: "68 (62%) of 109", "22 out of 553", "26/27".</summary>
    [GeneratedRegex(@"(?:\d\s*(?:\(\s*\d+(?:[.,]\d+)?\s?%\s*\)\s*)?(?:of|out of)\s+(?:the\s+)?|\d\s*/)\s*$", Options, 1000)]
    private static partial Regex WholeOf();

    /// <summary>The words after a bare count show it is not a count of people.</summary>
    [GeneratedRegex(@"^\s*(?::\s?\d|[×x]\s?\d|%|percent|per cent|years?|months?|weeks?|days?|hours?|h\b|mg|g\b|ml|kg|cm|mm|°|times|fold|points?|items?|sessions?|cycles?|doses?|visits?|centers|centres|sites|hospitals|clinics|practices|countries|institutions|cities|villages|schools|wards|units|groups|arms|conditions)", Options, 1000)]
    private static partial Regex NotPeopleAfter();

    /// <summary>Words right before a count that make it an age, a date, a dose or a range bound.</summary>
    [GeneratedRegex(@"(?:\b(?:aged?|age|mean|median|range|between|to|through|until|since|during|year|years|week|weeks|day|days|month|months|phase|grade|stage|type|version|score|level|dose|doses|and|or|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+|[-–~±<>≤≥+])\s*$", Options, 1000)]
    private static partial Regex NotCountBefore();

    /// <summary>A count that names one group: "22 women were randomized to the Nia group", "61 were allocated to FV and 68 to FP", "207 and 201 patients".</summary>
    [GeneratedRegex(@"^[^.;:\d]{0,40}?\b(?:to|in|into|received|receiving|given)\s+(?:the\s+|each\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm)\b|^[^.;:,\d]{0,60}?\b(?:allocated|assigned|randomi[sz]ed|received|receiving|given|to)\b[^.;:,\d]{0,40}\band\s+(?:\d+|" + NumberWords.Pattern + @")\s+(?:to|in|into|received|receiving|given)\b|^\s*(?:in each|per group|per arm|each)\b", Options, 1000)]
    private static partial Regex OneGroupAfter();

    [GeneratedRegex(@"^\s*(?:and|\+)\s+(?:\d+|" + NumberWords.Pattern + @")\b", Options, 1000)]
    private static partial Regex AndAnother();

    /// <summary>The count is then divided: "randomized to either ...", "to one of three groups", "into two groups".</summary>
    [GeneratedRegex(@"^[^.;:\d]{0,60}?\b(?:to|into|between)\s+(?:either|one of|two|three|four|2|3|4|both)\b|^[^.;:\d]{0,60}?\bto\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:or|versus|vs\.?)\s", Options, 1000)]
    private static partial Regex ToSeveralGroups();

    /// <summary>A count introduced as part of one stated before it: "including 197", "of whom 42", "of which 1052".</summary>
    [GeneratedRegex(@"\b(?:including|of whom|of which|of these|of those|among them|among whom)\s*$", Options, 1000)]
    private static partial Regex SubsetBefore();

    /// <summary>Before the count: "placebo (n=", "20 mg (n = ", "(ddAT, n = ", "(166 control and": a group's size in brackets.</summary>
    [GeneratedRegex(@"(?:\bgroups?\b[^.;()]{0,30}?\b(?:of|consisting of|comprising|included|including|with)\s+|\b(?:groups?|arms?|placebo|control|controls|usual care|intervention|treatment|condition|regimen|schedule|dose|mg|mg/kg|mg/day|mg/d|g|µg|mcg|IU|(?>[A-Z]{2,}[\w-]*)|[A-Z]|I{1,3}|IV)\)?\s*[(,:]\s*(?:[Nn]\s?[=:]\s?)?|\([^()]{0,30}[,;]\s*(?:[Nn]\s?[=:]\s?)?|\(\s*(?:\d+\s+\w+\s+)?(?:and|or|vs\.?|versus)\s+|\b(?:and|or|versus|vs\.?)\s+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GroupBefore();

    [GeneratedRegex(@"^\s*(?:Of|Among|From|Out of)\s+(?:the\s+|all\s+|a total of\s+)?$", Options, 1000)]
    private static partial Regex OfOpening();

    [GeneratedRegex(@"\b" + People + @"\s*\(\s*(?:[Nn]\s?[=:]\s?)?$", Options, 1000)]
    private static partial Regex PeopleBefore();

    [GeneratedRegex(@"\b(?:of whom|of which|of these|of those|including|among whom|while|whereas|but|and then)\b|[;:]", Options, 1000)]
    private static partial Regex ClauseBreak();

    public static List<SampleSizeCandidate> Find(string text, ulong mask, int sentenceIndex, bool isTitle, double position)
    {
        var found = new List<SampleSizeCandidate>();
        Collect(CountedPeople, mask, text, sentenceIndex, isTitle, position, found, hasNoun: true);
        Collect(NEquals, mask, text, sentenceIndex, isTitle, position, found, hasNoun: true, isN: true);
        Collect(VerbCount, mask, text, sentenceIndex, isTitle, position, found, hasNoun: false);
        AddSumOfGroups(text, sentenceIndex, found);
        return found;
    }

    /// <summary>The number of studies a review includes, if the sentence states it.</summary>
    public static (int Studies, int Start, int Length)? Studies(string text, ulong mask)
    {
        var m = CountedStudies.Match(text, mask);
        return m.Success && NumberWords.TryParse(m.Groups["n"].Value, out var n) && n > 0 ? (n, m.Index, m.Length) : null;
    }

    private static void Collect(Cue pattern, ulong mask, string text, int sentenceIndex, bool isTitle, double position, List<SampleSizeCandidate> found, bool hasNoun, bool isN = false)
    {
        foreach (Match m in pattern.Matches(text, mask))
        {
            var number = m.Groups["n"];
            if (found.Any(c => c.Start <= number.Index && number.Index < c.Start + c.Length))
            {
                continue; // the same count, already read with its noun
            }

            if (Score(text, m, hasNoun, isN, isTitle, position) is { } scored)
            {
                found.Add(new SampleSizeCandidate(scored.Value, m.Index, m.Length, scored.Score, scored.IsArm, sentenceIndex, IsPlanned: scored.IsPlanned));
            }
        }
    }

    private static (int Value, double Score, bool IsArm, bool IsPlanned)? Score(string text, Match m, bool hasNoun, bool isN, bool isTitle, double position)
    {
        var number = m.Groups["n"];
        if (!NumberWords.TryParse(number.Value, out var value) || value < 2 || value > 10_000_000)
        {
            return null;
        }

        // Patterns anchored at the end of what precedes the count need only its last words.
        var before = text.AsSpan(Math.Max(0, number.Index - 80), Math.Min(80, number.Index));
        var after = text.AsSpan(number.Index + number.Length);
        if (!hasNoun && NotPeopleAfter().IsMatch(after) || !isN && NotCountBefore().IsMatch(before) || IsYear(value, after))
        {
            return null;
        }

        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var score = isN ? 1.0 : noun switch
        {
            "" => 0.5,
            "cases" => 1.0,
            "eyes" or "pregnancies" or "controls" or "pairs" => 0.6,
            "physicians" or "doctors" or "nurses" or "practitioners" or "employees" or "members" => 0.3,
            _ => 1.5,
        };

        // The verbs that say what the count is sit close to it, in its own clause.
        var (clauseStart, clauseEnd) = Clause(text, number.Index, m.Index + m.Length);
        var windowStart = Math.Max(clauseStart, number.Index - 200);
        var windowEnd = Math.Min(clauseEnd, m.Index + m.Length + 200);
        var clause = text.AsSpan(windowStart, windowEnd - windowStart);
        var rest = text.AsSpan(m.Index + m.Length, windowEnd - m.Index - m.Length);
        score += Randomised().IsMatch(clause) ? 2.5 : Enrolled().IsMatch(clause) ? 1.8 : Analysed().IsMatch(clause) ? 0.8 : 0;
        if (Total().IsMatch(text.AsSpan(Math.Max(0, number.Index - 25), Math.Min(25, number.Index))))
        {
            score += 1.2;
        }

        if (Outcome().IsMatch(MainVerbWindow(rest)))
        {
            score -= 2.2;
        }

        if (Screened().IsMatch(clause))
        {
            score -= 1.0;
        }

        var planned = Planned().IsMatch(clause);

        if (SubsetBefore().IsMatch(before))
        {
            score -= 1.5;
        }

        if (OpensSentence(before))
        {
            score += 0.8;
        }

        if (PartOf().IsMatch(after))
        {
            score -= 0.5; // "68 (62%) of 109 patients were recruited" counts the 68, but weakly
        }

        if (WholeOf().IsMatch(before))
        {
            score -= before.TrimEnd().EndsWith('/') ? 3 : 0.8;
        }

        var isArm = IsGroup(text, m, before, isN);
        if (isArm)
        {
            score -= 2.5;
        }

        if (isTitle)
        {
            score += 1.0;
        }

        return (value, score - position * 1.5, isArm, planned);
    }

    /// <summary>Whether the count is one group's size rather than the whole sample.</summary>
    private static bool IsGroup(string text, Match m, ReadOnlySpan<char> before, bool isN)
    {
        var after = text.AsSpan(m.Index + m.Length);
        if (AndAnother().IsMatch(after))
        {
            return true; // "207 and 201 patients", "191 + 191 patients"
        }

        if (Total().IsMatch(before[Math.Max(0, before.Length - 20)..]) || ToSeveralGroups().IsMatch(after))
        {
            return false; // "A total of 198 ...", "... were randomized to either the intervention or the control group"
        }

        if (OneGroupAfter().IsMatch(after))
        {
            return true;
        }

        // "(n = 55)" after a group name, "(166 control and 169 intervention)", "AD (n = 45), LD (n = 51)";
        // but "patients (n = 216)" is the whole sample.
        return GroupBefore().IsMatch(before) && !PeopleBefore().IsMatch(before);
    }

    /// <summary>
    /// Two or more group sizes in one sentence ("to A (n = 458) or B (n = 458)", "207 and 201 patients") are offered
    /// as their sum, scored by the sentence's verbs; a stated total equal to the sum is strengthened instead.
    /// </summary>
    private static void AddSumOfGroups(string text, int sentenceIndex, List<SampleSizeCandidate> found)
    {
        // Several sizes in brackets in one sentence ("with (n = 47) or without (n = 43)", "(2583 women) or placebo
        // (2587 women)") are group sizes.
        var bracketed = found.Where(c => !c.IsArm && IsBracketed(text, c.Start)).ToList();
        if (bracketed.Count >= 2)
        {
            foreach (var c in bracketed)
            {
                var index = found.IndexOf(c);
                found[index] = c with { IsArm = true, Score = c.Score - 2.5 };
            }
        }

        var groups = found.Where(c => c.IsArm).OrderBy(c => c.Start).ToList();

        // "Eighty-five women were randomized to a treatment group (n = 43) or a control group (n = 42)": a count
        // that equals the groups stated after it is their total.
        for (var i = 0; i < groups.Count - 2 + 1 && groups.Count >= 3; i++)
        {
            if (groups[i].Value == groups.Skip(i + 1).Sum(g => g.Value))
            {
                var index = found.IndexOf(groups[i]);
                found[index] = groups[i] with { IsArm = false, Score = groups[i].Score + 2.5 + 1.0 };
                groups.RemoveAt(i);
                break;
            }
        }

        if (groups.Count < 2)
        {
            return;
        }

        var sum = groups.Sum(g => g.Value);
        var stated = found.FindIndex(c => !c.IsArm && c.Value == sum);
        if (stated >= 0)
        {
            found[stated] = found[stated] with { Score = found[stated].Score + 1.0 };
            return;
        }

        if (found.Any(c => !c.IsArm && c.Value > sum && c.Score > 1))
        {
            return; // the groups are a subset of a larger sample stated beside them
        }

        var first = groups[0];
        var last = groups[^1];
        var span = text.AsSpan(0, last.Start + last.Length);
        var score = 0.7 + (Randomised().IsMatch(span) ? 2.5 : Enrolled().IsMatch(span) ? 1.5 : 0);
        found.Add(new SampleSizeCandidate(sum, first.Start, last.Start + last.Length - first.Start, score, false, sentenceIndex, IsSum: true));
    }

    /// <summary>The count at <paramref name="start"/> is the first thing inside a bracket: "(n = 47", "(2583 women".</summary>
    private static bool IsBracketed(string text, int start)
    {
        var open = text.LastIndexOf('(', Math.Max(0, start - 1) < text.Length ? Math.Max(0, start) : text.Length - 1);
        return open >= 0 && open >= start - 8 && text.IndexOf(')', open) > start && !text.AsSpan(open, start - open).Contains(')');
    }

    private static bool OpensSentence(ReadOnlySpan<char> before)
    {
        var trimmed = before.Trim();
        return trimmed.Length == 0 || Total().IsMatch(trimmed) && trimmed.Length < 20 || trimmed.Length < 60 && trimmed.EndsWith(",") && !trimmed.Contains("of", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsYear(int value, ReadOnlySpan<char> after) =>
        value is >= 1900 and <= 2100 && (after.Length == 0 || after[0] is ',' or ')' or '-' or '–' || after.TrimStart().StartsWith("and", StringComparison.Ordinal) || after.TrimStart().StartsWith("to", StringComparison.Ordinal));

    /// <summary>The words after a count up to a relative clause or a comma: where its own verb stands.</summary>
    private static ReadOnlySpan<char> MainVerbWindow(ReadOnlySpan<char> rest)
    {
        var window = rest[..Math.Min(rest.Length, 45)];
        var stop = RelativeClause().Match(window.ToString());
        return stop.Success ? window[..stop.Index] : window;
    }

    [GeneratedRegex(@"\b(?:who|whom|whose|that|which|with|without|aged|undergoing|receiving|scheduled|after|following|treated|diagnosed)\b|,", Options, 1000)]
    private static partial Regex RelativeClause();

    /// <summary>The clause around a count: from the last break before it to the first break after it.</summary>
    private static (int Start, int End) Clause(string text, int numberStart, int matchEnd)
    {
        // "Of 119 subjects entered, 96% completed": an opening "Of N ..." phrase ends at its comma.
        if (OfOpening().IsMatch(text.AsSpan(0, numberStart)))
        {
            var comma = text.IndexOf(',', matchEnd);
            if (comma > 0)
            {
                return (0, comma);
            }
        }

        var start = 0;
        foreach (Match b in ClauseBreak().Matches(text.Substring(0, numberStart)))
        {
            start = b.Index + b.Length;
        }

        var next = ClauseBreak().Match(text, matchEnd);
        return (start, next.Success ? next.Index : text.Length);
    }
}
