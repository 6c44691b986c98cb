using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Pico;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>
/// Finds what the abstract claims. Each sentence that states a finding or conclusion becomes a
/// <see cref="ClaimSentenceFact"/>; each outcome it (or a results sentence, or a sentence reporting other
/// work) claims an effect on becomes a <see cref="ClaimFact"/> with direction, strength, quantification
/// and the intervention and comparator where named.
/// </summary>
public sealed partial class ClaimExtractor : IFactExtractor
{
    [GeneratedRegex(@"\b(?:associated|associations?|correlat\w*|linked (?:to|with)|related to|predict(?:s|ed|ive|or)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssociationCue();

    /// <summary>A modal within three words before a direction word: "can reduce", "may significantly improve".</summary>
    [GeneratedRegex(@"\b(?:can|could|may|might|would|will)\s+(?:\w+\s+){0,2}?(?:reduc|decreas|lower|prevent|attenuat|alleviat|shorten|increas|rais|prolong|improv|enhanc|benefit|worsen|impair|exacerbat|aggravat|be associated)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModalBeforeVerb();

    [GeneratedRegex(@"\b(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|than(?: with| in| for)?)\s+(?:the\s+|a\s+|those\s+(?:receiving|given|treated with|on)\s+)?(?<c>[^,;:.()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ComparatorPhrase();

    private static readonly string[] GoodOutcomes =
        ["survival", "quality of life", "response", "remission", "cure", "recovery", "function", "healing", "adherence", "satisfaction", "success", "clearance", "well-being", "wellbeing", "sensitivity", "accuracy", "efficacy", "performance"];

    public void Extract(ExtractionContext context)
    {
        var sentences = context.Document.Sentences;
        var numbers = context.Facts
            .Where(f => f is EstimateFact or IntervalFact or PValueFact)
            .GroupBy(f => f.SentenceIndex)
            .ToDictionary(g => g.Key, g => g.ToList());
        var roleFacts = context.FactsOf<SentenceRoleFact>().ToDictionary(r => r.SentenceIndex);
        var headingRoles = roleFacts.Values.Where(r => r.FromHeading).ToDictionary(r => r.SentenceIndex, r => r.Role);
        var speculative = context.FactsOf<HedgeFact>().Select(h => h.SentenceIndex).ToHashSet();
        var pico = context.FactsOf<PicoFact>().FirstOrDefault();
        var masks = new ulong[sentences.Count];
        for (var i = 0; i < masks.Length; i++)
        {
            masks[i] = context.CueMask(ClaimCues.Set, i);
        }

        var scores = ClaimSentenceScorer.Score(sentences, masks, headingRoles);

        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var text = sentence.Text;
            var role = roleFacts.TryGetValue(sentence.Index, out var r) ? r.Role : sentence.Role;
            // Other work is the subject ("studies have found that") and the authors do not claim it as their own.
            var reported = !scores[i].OwnClaim && ClaimCues.ReportedWorkCue.IsMatch(text, masks[i]);
            var isClaimSentence = scores[i].IsClaim;
            string? strength = null;
            var outcomeClaims = 0;

            if (isClaimSentence || reported || role is SectionRole.Results or SectionRole.Conclusions)
            {
                string? intervention = null, comparator = null;
                foreach (var claim in context.OutcomeClaims(i))
                {
                    intervention ??= InterventionIn(text, pico);
                    strength ??= StrengthOf(text, speculative.Contains(sentence.Index));
                    comparator ??= ComparatorIn(text, pico);
                    var (span, quote, index) = context.At(sentence, claim.Index, claim.Length);
                    var quantifier = QuantifierOf(sentences, numbers, i, claim.Outcome);
                    context.Add(new ClaimFact(span, quote, index)
                    {
                        Direction = claim.Direction,
                        Outcome = claim.Outcome,
                        IsBenefit = IsBenefit(claim.Direction, claim.Outcome),
                        IsQuantified = quantifier is not null,
                        IsQuantifiedElsewhere = quantifier is null && IsQuantifiedElsewhere(sentences, numbers, i, claim.Outcome),
                        QuantifiedBy = quantifier is null ? "" : NumberText(quantifier),
                        IsReported = reported,
                        Strength = strength,
                        Role = role,
                        Cue = claim.Cue,
                        IsNegated = claim.Negated,
                        IsConclusion = isClaimSentence,
                        Intervention = intervention,
                        Comparator = comparator,
                    });
                    outcomeClaims++;
                }
            }

            if (isClaimSentence)
            {
                var (span, quote, index) = context.At(sentence);
                context.Add(new ClaimSentenceFact(span, quote, index)
                {
                    IsReported = reported,
                    IsQuantified = numbers.ContainsKey(sentence.Index),
                    Strength = strength ?? StrengthOf(text, speculative.Contains(sentence.Index)),
                    Role = role,
                    Cue = scores[i].Cues.StrongestCue(text),
                    Score = Math.Round(scores[i].Value, 2),
                    OutcomeClaims = outcomeClaims,
                });
            }
        }
    }

    private static string StrengthOf(string text, bool speculative) =>
        AssociationCue().IsMatch(text) ? "associational"
        : ModalBeforeVerb().IsMatch(text) ? "conditional-causal"
        : speculative ? "hedged"
        : "causal";

    /// <summary>
    /// A number in the same sentence quantifies its claims; one in an adjacent sentence does when that
    /// sentence names the same outcome (its head word), so "Mortality was 20% vs 31%. Heparin reduced
    /// mortality." is quantified but an unrelated figure next door is not.
    /// </summary>
    private static Fact? QuantifierOf(IReadOnlyList<Sentence> sentences, Dictionary<int, List<Fact>> numbers, int i, string outcome)
    {
        if (numbers.TryGetValue(sentences[i].Index, out var own))
        {
            return Preferred(own);
        }

        var head = HeadWord(outcome);
        foreach (var j in new[] { i - 1, i + 1 })
        {
            if (j >= 0 && j < sentences.Count && numbers.TryGetValue(sentences[j].Index, out var near) && head.Length >= 4
                && sentences[j].Text.Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return Preferred(near);
            }
        }

        return null;
    }

    private static bool IsQuantifiedElsewhere(IReadOnlyList<Sentence> sentences, Dictionary<int, List<Fact>> numbers, int i, string outcome)
    {
        var head = HeadWord(outcome);
        return head.Length >= 4 && sentences.Where((s, j) => Math.Abs(j - i) > 1 && numbers.ContainsKey(s.Index))
            .Any(s => s.Text.Contains(head, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The number that best quantifies: an effect estimate, else an interval, else a p-value.</summary>
    private static Fact Preferred(List<Fact> numbers) =>
        numbers.FirstOrDefault(n => n is EstimateFact) ?? numbers.FirstOrDefault(n => n is IntervalFact) ?? numbers[0];

    /// <summary>The outcome's most specific word: the last word of its head noun phrase ("mortality" in "28-day mortality").</summary>
    private static string HeadWord(string outcome)
    {
        var phrase = outcome;
        var of = phrase.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of > 0)
        {
            phrase = phrase[(of + 4)..];
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].Trim('.', ',', ')', '(');
    }

    private static string NumberText(Fact fact) => fact switch
    {
        EstimateFact e => e.Text,
        IntervalFact ci => ci.Text,
        PValueFact p => p.Text,
        _ => "",
    };

    private static string InterventionIn(string text, PicoFact? pico)
    {
        var at = pico is null || pico.Intervention.Length == 0 ? -1 : text.IndexOf(pico.Intervention, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            return text.Substring(at, pico!.Intervention.Length);
        }

        return InterventionLexicon.FirstIn(text)?.Term ?? "";
    }

    private static string ComparatorIn(string text, PicoFact? pico)
    {
        var m = ComparatorPhrase().Match(text);
        if (m.Success)
        {
            var words = m.Groups["c"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
            var phrase = string.Join(' ', words.TakeWhile(w => w is not ("in" or "at" or "for" or "on" or "and" or "among" or "during" or "after" or "was" or "were" or "is" or "are")));
            if (phrase.Length > 2 && !char.IsDigit(phrase[0]))
            {
                return phrase;
            }
        }

        var at = pico is null || pico.Comparator.Length == 0 ? -1 : text.IndexOf(pico.Comparator, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? text.Substring(at, pico!.Comparator.Length) : "";
    }

    private static bool IsBenefit(string direction, string outcome)
    {
        var good = GoodOutcomes.Any(g => outcome.Contains(g, StringComparison.OrdinalIgnoreCase));
        return direction switch
        {
            "improves" => true,
            "reduces" => !good,
            "increases" => good,
            _ => false,
        };
    }
}
