using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>
/// Decides which sentences of an abstract state a finding or conclusion of the work. A linear score over
/// linguistic cues (<see cref="ClaimCues"/>), the sentence's place in the abstract and its neighbours;
/// a sentence is a claim when the score is above zero. Authors put their claims at the end, in
/// present-tense, generalising language ("these results suggest that X regulates Y"); background, aims,
/// procedures, measurements and descriptions of the paper itself argue against.
/// </summary>
/// <remarks>
/// The weights were fitted by logistic regression on the dev split of the labelled claims corpus (cue
/// features only, no words of any record) and rounded; two-fold cross-validation on that split gave the
/// same F1 within 0.01, so they are not tuned to single records. Heading roles are not in that corpus and
/// carry hand-set weights: an author's CONCLUSIONS heading is near-decisive, METHODS or OBJECTIVE rule out.
/// </remarks>
internal static class ClaimSentenceScorer
{
    /// <summary>Bias with the decision threshold folded in.</summary>
    private const double Bias = -2.52;

    /// <param name="masks">Each sentence's mask of <see cref="ClaimCues.Set"/> (see <see cref="ExtractionContext.CueMask"/>).</param>
    public static IReadOnlyList<ClaimSentenceScore> Score(IReadOnlyList<Sentence> sentences, IReadOnlyList<ulong> masks, IReadOnlyDictionary<int, SectionRole> headingRoles)
    {
        var count = sentences.Count;
        var cues = new SentenceCues[count];
        for (var i = 0; i < count; i++)
        {
            cues[i] = SentenceCues.Of(sentences[i].Text, masks[i]);
        }

        // Position counts substantive sentences only: a trailing "© 2016 AACR." does not push the conclusion back.
        var fromEnd = new int[count];
        for (int i = count - 1, seen = 0; i >= 0; i--)
        {
            fromEnd[i] = seen;
            if (!cues[i].Furniture)
            {
                seen++;
            }
        }

        var scores = new ClaimSentenceScore[count];
        for (var i = 0; i < count; i++)
        {
            var c = cues[i];
            var k = fromEnd[i];
            var z = Bias;
            z += 1.88 * (count > 1 ? (double)i / (count - 1) : 1);
            z += k switch { 0 => 1.50, 1 => 0.29, 2 => -0.30, _ => -1.49 };
            z += i == 0 ? -0.49 : 0;

            z += c.Speculative ? 1.00 : 0;
            z += c.ConclusionSubject ? 0.93 : 0;
            z += c.ConclusionMarker ? 0.88 : 0;
            z += c.Interpretation ? 0.74 : 0;
            z += c.AuthorsAssert ? 0.72 : 0;
            z += c.Consequence ? 0.66 : 0;
            z += c.HereWe ? 0.66 : 0;
            z += c.ThatClause ? 0.60 : 0;
            z += c.SummingUp ? 0.55 : 0;
            z += c.ProjectedConsequence ? 0.52 : 0;
            z += c.GeneralPresent ? 0.43 : 0;
            z += c.FirstPerson ? 0.40 : 0;
            z += c.StartsWithWe ? 0.21 : 0;

            z -= c.MetaDiscourse || c.Furniture ? 1.34 : 0;
            z -= c.Procedure ? 0.57 : 0;
            z -= c.PastObservation ? 0.56 : 0;
            z -= c.PaperDescription ? 0.53 : 0;
            z -= c.Measurement ? 0.48 : 0;
            z -= c.Aim ? 0.45 : 0;
            z -= c.Known ? 0.36 : 0;
            z -= c.Digit ? 0.13 : 0;

            // Cues weigh differently by place: a concluding cue in the last sentence, or far from the end
            // (a "Here we show" summary), says more than one just before the conclusion.
            var anyCue = c.AnyClaimCue;
            z += k switch
            {
                0 => (anyCue ? 0.62 : 0) - (c.Procedure ? 0.22 : 0),
                1 => (anyCue ? 0.31 : 0) - (c.Procedure ? 0.23 : 0),
                2 => c.Measurement ? -0.26 : 0,
                _ => anyCue ? 0.62 : 0,
            };

            // A conclusion often runs over two sentences; the sentence before a concluding one is its premise.
            z += i > 0 && cues[i - 1].Concluding ? 0.39 : 0;
            z -= i + 1 < count && cues[i + 1].Concluding ? 0.26 : 0;
            z -= i + 1 < count && cues[i + 1].ConclusionMarker ? 0.26 : 0;

            z += headingRoles.TryGetValue(sentences[i].Index, out var role) ? HeadingWeight(role) : 0;

            // A sentence about the paper itself ("... are discussed", "© 2016") states no finding, wherever it stands.
            // Neither does a fragment of fewer than three words ("(296 words)", "Cancer Res; 76(10)").
            z = c.MetaDiscourse || c.Furniture || WordCount(sentences[i].Text) < 3 ? Math.Min(z, -1) : z;
            scores[i] = new ClaimSentenceScore(z, c);
        }

        return scores;
    }

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var letter = char.IsLetter(ch);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static double HeadingWeight(SectionRole role) => role switch
    {
        SectionRole.Conclusions => 2.5,
        SectionRole.Methods or SectionRole.Objective => -3.0,
        SectionRole.Background => -1.5,
        _ => 0,
    };

    internal readonly record struct SentenceCues(
        bool ConclusionMarker,
        bool ConclusionSubject,
        bool SummingUp,
        bool AuthorsAssert,
        bool HereWe,
        bool Consequence,
        bool ProjectedConsequence,
        bool Speculative,
        bool ThatClause,
        bool Interpretation,
        bool GeneralPresent,
        bool FirstPerson,
        bool StartsWithWe,
        bool Measurement,
        bool Digit,
        bool Procedure,
        bool Aim,
        bool PaperDescription,
        bool Known,
        bool PastObservation,
        bool MetaDiscourse,
        bool Furniture)
    {
        public bool Concluding => ConclusionMarker || ConclusionSubject || SummingUp;

        /// <summary>The authors claim the finding as theirs: "our results show", "we found", "in conclusion".</summary>
        public bool OwnClaim => ConclusionMarker || ConclusionSubject || AuthorsAssert || HereWe;

        public bool AnyClaimCue => Concluding || AuthorsAssert || HereWe || Consequence || Interpretation || ThatClause;

        /// <summary>The cues of <paramref name="text"/>; <paramref name="mask"/> (from <see cref="ClaimCues.Set"/>) skips patterns whose words are absent.</summary>
        public static SentenceCues Of(string text, ulong mask)
        {
            var digit = ClaimCues.Digit().IsMatch(text);
            return new(
                ClaimCues.ConclusionMarkerCue.IsMatch(text, mask),
                ClaimCues.ConclusionSubjectCue.IsMatch(text, mask),
                ClaimCues.SummingUpCue.IsMatch(text, mask),
                ClaimCues.AuthorsAssertCue.IsMatch(text, mask),
                ClaimCues.HereWeCue.IsMatch(text, mask),
                ClaimCues.ConsequenceCue.IsMatch(text, mask),
                ClaimCues.ProjectedConsequenceCue.IsMatch(text, mask),
                ClaimCues.SpeculativeCue.IsMatch(text, mask),
                ClaimCues.ThatClauseCue.IsMatch(text, mask),
                ClaimCues.InterpretationCue.IsMatch(text, mask),
                ClaimCues.GeneralPresentCue.IsMatch(text, mask),
                ClaimCues.FirstPersonCue.IsMatch(text, mask),
                ClaimCues.StartsWithWeCue.IsMatch(text, mask),
                ClaimCues.IsMeasurement(text, digit),
                digit,
                ClaimCues.ProcedureCue.IsMatch(text, mask),
                ClaimCues.AimCue.IsMatch(text, mask),
                ClaimCues.PaperDescriptionCue.IsMatch(text, mask),
                ClaimCues.KnownCue.IsMatch(text, mask),
                ClaimCues.PastObservationCue.IsMatch(text, mask),
                ClaimCues.MetaDiscourseCue.IsMatch(text, mask) && !ClaimCues.FindingInside().IsMatch(text),
                ClaimCues.FurnitureCue.IsMatch(text, mask));
        }

        /// <summary>The words that most mark the sentence as a claim, for the report; empty when only its place does.</summary>
        public string StrongestCue(string text)
        {
            foreach (var (present, regex) in new[]
            {
                (ConclusionMarker, ClaimCues.ConclusionMarker()),
                (ConclusionSubject, ClaimCues.ConclusionSubject()),
                (SummingUp, ClaimCues.SummingUp()),
                (HereWe, ClaimCues.HereWe()),
                (AuthorsAssert, ClaimCues.AuthorsAssert()),
                (ThatClause, ClaimCues.ThatClause()),
                (Interpretation, ClaimCues.Interpretation()),
                (Consequence, ClaimCues.Consequence()),
            })
            {
                if (present)
                {
                    return regex.Match(text).Value.Trim(' ', ',');
                }
            }

            return "";
        }
    }
}

/// <summary>The claim score of one sentence (above zero: a claim) and the cues it rests on.</summary>
internal readonly record struct ClaimSentenceScore(double Value, ClaimSentenceScorer.SentenceCues Cues)
{
    public bool IsClaim => Value > 0;

    /// <summary>The authors claim the finding as theirs: "our results show", "we found", "in conclusion".</summary>
    public bool OwnClaim => Cues.OwnClaim;
}
