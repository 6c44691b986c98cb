using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>
/// Reads the clinical question: the title first (it usually names intervention and condition), then the
/// body in order. Each element is the first phrasing found ("X versus Y", "effect of X on", "X in the
/// treatment of Y", "randomised to X or Y", "patients with Y"); a drug-like word stands in for an
/// intervention no phrasing names.
/// </summary>
public sealed class PicoExtractor : IFactExtractor
{
    private static readonly string[] PhraseCuts =
        [" who ", " which ", " that ", " were ", " was ", " is ", " are ", " treated", " receiving", " received", " undergoing", " underwent", " admitted", " had ", " have ", " has ", " to ", " during ", " from ", " at ", " in the ", " in a ", " on ", " by ", " using "];

    private static readonly string[] Leads =
    [
        "the ", "a ", "an ", "of ", "with ", "either ", "receive ", "use of ", "using ", "effects of ", "effect of ", "efficacy of ", "effectiveness of ",
        "safety of ", "comparison of ", "impact of ", "role of ", "influence of ", "administration of ",
    ];

    private static readonly HashSet<string> NotInterventions = new(StringComparer.OrdinalIgnoreCase)
    {
        "patients", "this study", "the study", "this", "it", "we", "treatment", "therapy", "intervention", "the intervention", "control", "controls", "both", "all",
    };

    /// <summary>Nouns that make a phrase from the body an intervention even without a drug name in it.</summary>
    private static readonly string[] TreatmentNouns =
    [
        "therapy", "treatment", "surgery", "training", "exercise", "intervention", "program", "programme", "care", "vaccine", "vaccination", "supplement",
        "stimulation", "injection", "infusion", "procedure", "counselling", "counseling", "education", "acupuncture", "device", "technique", "strategy",
        "regimen", "block", "anaesthesia", "anesthesia", "analgesia", "transfusion", "ventilation", "dialysis", "resuscitation", "repair", "implant",
        "diet", "massage", "rehabilitation", "screening", "management", "drug", "drugs", "agent", "tablet", "cream", "gel", "solution", "mouthwash",
    ];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "in", "for", "with", "and", "or", "to", "a", "an", "on", "at", "by", "from", "among", "all", "we", "were", "was", "is", "are", "that", "who", "which",
        "these", "those", "our", "their", "such", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand",
        "versus", "vs", "than", "after", "before", "during", "into", "under", "over", "about", "study", "trial", "effect", "effects",
    };

    /// <summary>Patterns naming the arms, each with words one of which must be present for it to be tried.</summary>
    private static readonly (Cue Cue, string[] Keys)[] ArmPatterns =
    [
        (PicoPatterns.RandomisedToCue, ["random"]),
        (PicoPatterns.ComparingCue, ["comparing", "between"]),
        (PicoPatterns.VersusCue, ["versus", " vs", "compared"]),
    ];

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sources = new List<Source>();
        if (document.TitleSpan.Length > 0)
        {
            sources.Add(new Source(document.Title, document.TitleSpan.Start, -1));
        }

        sources.AddRange(document.Sentences.Select(s => new Source(s.Text, s.Span.Start, s.Index)));

        Element? intervention = null, comparator = null, condition = null, population = null;
        foreach (var source in sources)
        {
            var mask = context.CueMask(PicoPatterns.Set, source.SentenceIndex);
            if (intervention is null)
            {
                (intervention, comparator) = InterventionAndComparator(source, mask);
            }

            if (condition is null)
            {
                (population, condition) = PopulationAndCondition(source, mask);
            }

            if (intervention is not null && condition is not null)
            {
                break;
            }
        }

        intervention ??= MostMentionedDrug(sources);
        comparator ??= sources.Select(s => PicoPatterns.NamedComparatorCue.Match(s.Text, context.CueMask(PicoPatterns.Set, s.SentenceIndex)) is { Success: true } m ? new Element(m.Value, s, m.Index) : null).FirstOrDefault(e => e is not null);
        condition ??= sources.Take(1).Select(s => PicoPatterns.ConditionWord().Match(s.Text) is { Success: true } m ? WithModifiers(s, m.Index, m.Length) : null).FirstOrDefault(e => e is not null);

        var outcomes = Outcomes(context, sources);
        var anchor = intervention ?? condition;
        var (span, quote, index) = anchor is null
            ? (document.TitleSpan, document.Title, -1)
            : (anchor.Span, anchor.Source.Text, anchor.Source.SentenceIndex);
        context.Add(new PicoFact(span, quote, index)
        {
            Population = population?.Text ?? "",
            PopulationSpan = population?.Span,
            Condition = condition?.Text ?? "",
            ConditionSpan = condition?.Span,
            Intervention = intervention?.Text ?? "",
            InterventionSpan = intervention?.Span,
            Comparator = comparator?.Text ?? "",
            ComparatorSpan = comparator?.Span,
            Outcomes = outcomes,
            Query = PubMedQuery.For(intervention?.Text ?? "", condition?.Text ?? ""),
        });
    }

    /// <summary>A drug the title names, else one the body names at least twice (a passing mention is not the intervention).</summary>
    private static Element? MostMentionedDrug(List<Source> sources)
    {
        var mentions = new List<Element>();
        foreach (var source in sources)
        {
            if (InterventionLexicon.FirstIn(source.Text) is { } drug)
            {
                var element = new Element(drug.Term, source, drug.Index);
                if (source.SentenceIndex < 0)
                {
                    return element;
                }

                mentions.Add(element);
            }
        }

        return mentions
            .GroupBy(m => m.Text, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();
    }

    /// <param name="mask">The source's mask of <see cref="PicoPatterns.Set"/>: a pattern it rules out would not match.</param>
    private static (Element? Intervention, Element? Comparator) InterventionAndComparator(Source source, ulong mask)
    {
        var text = source.Text;
        foreach (var (cue, keys) in ArmPatterns)
        {
            if (!cue.MayMatch(mask) || !ContainsAny(text, keys))
            {
                continue;
            }

            var m = cue.Pattern.Match(text);
            if (m.Success && Clean(source, m.Groups["i"]) is { } i && IsInterventionPhrase(i.Text, source.SentenceIndex < 0))
            {
                return (i, Clean(source, m.Groups["c"]));
            }
        }

        if (!text.Contains(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        foreach (var cue in new[] { PicoPatterns.EffectOfCue, PicoPatterns.TreatmentOfCue })
        {
            var m = cue.Match(text, mask);
            if (m.Success && Clean(source, m.Groups["i"]) is { } i && IsInterventionPhrase(i.Text, source.SentenceIndex < 0))
            {
                return (i, null);
            }
        }

        return (null, null);
    }

    private static (Element? Population, Element? Condition) PopulationAndCondition(Source source, ulong mask)
    {
        var with = PicoPatterns.PatientsWithCue.Match(source.Text, mask);
        if (with.Success && Clean(source, with.Groups["cond"]) is { } found && WithoutAdverbTail(found) is { } condition)
        {
            var noun = with.Groups["pop"];
            var modified = WithModifiers(source, noun.Index, noun.Length);
            var population = new Element(source.Text[modified.Index..(condition.Index + condition.Text.Length)].Trim(), source, modified.Index);
            return (population, condition);
        }

        if (!source.Text.Contains(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var care = PicoPatterns.CareOfCue.Match(source.Text, mask);
        if (care.Success && Clean(source, care.Groups["cond"]) is { } cared && PicoPatterns.ConditionWord().IsMatch(cared.Text))
        {
            return (null, cared);
        }

        return (null, null);
    }

    /// <summary>
    /// A noun phrase, not a clause: "unfractionated heparin" is one, "heparin reduced mortality" (a verb after
    /// its first word), "the two groups" and "the study" are not. A title names its intervention; a body
    /// sentence compares many things, so there the phrase must name a drug or a kind of treatment.
    /// </summary>
    private static bool IsInterventionPhrase(string phrase, bool inTitle)
    {
        if (NotInterventions.Contains(phrase))
        {
            return false;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        var clause = lower.Skip(1).Any(w => w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-', StringComparison.Ordinal) && !InterventionLexicon.IsDrugWord(w))
            || lower.Any(w => w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "did" or "does" or "do" or "we" or "our" or "when" or "group" or "groups" or "patients" or "subjects" or "participants" or "levels" or "values");
        if (clause || words.Length > (inTitle ? 6 : 4))
        {
            return false;
        }

        return inTitle || InterventionLexicon.DrugIn(phrase) is not null || lower.Any(w => TreatmentNouns.Contains(w));
    }

    /// <summary>Extends a noun back over up to two modifiers ("critically ill patients", "acute lung injury"), stopping at function words, numbers and verbs in -ing.</summary>
    private static Element WithModifiers(Source source, int nounStart, int nounLength)
    {
        var text = source.Text;
        var start = nounStart;
        for (var words = 0; words < 2; words++)
        {
            var end = start - 1;
            if (end <= 0 || text[end] is not (' ' or '-'))
            {
                break;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] == '-'))
            {
                begin--;
            }

            var word = text[begin..end];
            if (begin == end || FunctionWords.Contains(word) || word.Any(char.IsDigit) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            start = begin;
        }

        return new Element(text[start..(nounStart + nounLength)], source, start);
    }

    /// <summary>"type 2 diabetes inadequately controlled on metformin" ends where an adverb starts a qualifying clause.</summary>
    private static Element? WithoutAdverbTail(Element condition)
    {
        var words = condition.Text.Split(' ');
        var adverb = Array.FindIndex(words, 1, w => w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !LyAdjectives.Contains(w));
        return adverb < 0 ? condition : condition with { Text = string.Join(' ', words[..adverb]) };
    }

    private static readonly HashSet<string> LyAdjectives = new(StringComparer.OrdinalIgnoreCase) { "early", "elderly", "daily", "weekly", "monthly", "yearly", "family", "likely", "lonely", "costly" };

    private static bool ContainsAny(string text, string[] keys)
    {
        foreach (var key in keys)
        {
            if (text.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stated outcomes first ("the primary outcome was ..."), then the outcomes the results and conclusions claim effects on.</summary>
    private static IReadOnlyList<string> Outcomes(ExtractionContext context, List<Source> sources)
    {
        var outcomes = new List<string>();
        foreach (var source in sources.Where(s => s.Text.Contains("outcome", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("point", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var m in PicoPatterns.StatedOutcomeCue.Matches(source.Text, context.CueMask(PicoPatterns.Set, source.SentenceIndex)))
            {
                if (Clean(source, m.Groups["o"]) is { } o)
                {
                    outcomes.Add(o.Text);
                }
            }
        }

        var findings = context.FactsOf<SentenceRoleFact>()
            .Where(r => r.Role is SectionRole.Results or SectionRole.Conclusions)
            .Select(r => r.SentenceIndex)
            .ToHashSet();
        foreach (var sentence in context.Document.Sentences.Where(s => findings.Contains(s.Index)))
        {
            outcomes.AddRange(context.OutcomeClaims(sentence.Index).Select(c => c.Outcome));
        }

        return outcomes.Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();
    }

    /// <summary>A captured phrase trimmed of leading filler and cut before the clause moves on; null when nothing is left.</summary>
    private static Element? Clean(Source source, Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var start = group.Index;
        var phrase = group.Value;
        foreach (var cut in PhraseCuts)
        {
            var at = phrase.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var lead in Leads)
            {
                if (phrase.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && phrase.Length > lead.Length)
                {
                    phrase = phrase[lead.Length..];
                    start += lead.Length;
                    changed = true;
                }
            }
        }
        while (changed);

        var sign = phrase.IndexOfAny(['<', '>', '=', '±', '≤', '≥']);
        if (sign >= 0)
        {
            phrase = phrase[..sign];
        }

        var trimmed = phrase.TrimStart();
        start += phrase.Length - trimmed.Length;
        phrase = trimmed.TrimEnd(' ', '.', ',', ']', ')');
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8 || char.IsDigit(phrase[0]))
        {
            return null;
        }

        return new Element(phrase, source, start);
    }

    private sealed record Source(string Text, int Offset, int SentenceIndex);

    private sealed record Element(string Text, Source Source, int Index)
    {
        public Span Span => new(Source.Offset + Index, Text.Length);
    }
}
