using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Labels a run of sentences with roles by a best-path (Viterbi) search: each sentence scores every role by
/// its cues and position, and consecutive sentences score by how often one role follows another in an
/// abstract (background, objective, methods, results, conclusions, rarely back). A heading, when present,
/// fixes the role of its sentences and the search fills in the rest around them.
/// </summary>
internal static class RoleSequence
{
    private const int Roles = RoleCues.Count;
    private const float HeadingBonus = 100f;
    private const float LoneFindingPrior = 0.6f;

    private static readonly SectionRole[] RoleOrder =
        [SectionRole.Background, SectionRole.Objective, SectionRole.Methods, SectionRole.Results, SectionRole.Conclusions];

    /// <summary>The role of each sentence; <paramref name="cueMasks"/> holds each sentence's role-cue mask, <paramref name="headingRoles"/> the heading's role or Unknown.</summary>
    public static SectionRole[] Decode(IReadOnlyList<string> texts, IReadOnlyList<ulong> cueMasks, IReadOnlyList<SectionRole> headingRoles)
    {
        var n = texts.Count;
        var result = new SectionRole[n];
        if (n == 0)
        {
            return result;
        }

        if (n == 1 && headingRoles[0] == SectionRole.Unknown)
        {
            result[0] = Alone(texts[0], cueMasks[0]);
            return result;
        }

        var best = new float[n * Roles];
        var back = new int[n * Roles];
        Span<float> emission = stackalloc float[Roles];
        for (var i = 0; i < n; i++)
        {
            Emission(texts[i], cueMasks[i], headingRoles[i], i, n, emission);
            for (var role = 0; role < Roles; role++)
            {
                if (i == 0)
                {
                    best[role] = emission[role] + RoleWeights.Start[role];
                    continue;
                }

                var bestScore = float.NegativeInfinity;
                var bestFrom = 0;
                for (var from = 0; from < Roles; from++)
                {
                    var score = best[(i - 1) * Roles + from] + RoleWeights.Transition[from][role];
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestFrom = from;
                    }
                }

                best[i * Roles + role] = bestScore + emission[role];
                back[i * Roles + role] = bestFrom;
            }
        }

        var last = 0;
        for (var role = 1; role < Roles; role++)
        {
            if (Final(best, n, role) > Final(best, n, last))
            {
                last = role;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = RoleOrder[last];
            last = back[i * Roles + last];
        }

        return result;
    }

    /// <summary>
    /// A sentence on its own (a one-line abstract, a pasted finding) has no place in an order to weigh: its cues
    /// decide, and a plain statement reads as a finding.
    /// </summary>
    private static SectionRole Alone(string text, ulong cueMask)
    {
        Span<float> scores = stackalloc float[Roles];
        RoleCues.Score(text, cueMask, scores);
        scores[RoleCues.Results] += LoneFindingPrior;
        scores[RoleCues.Conclusions] += LoneFindingPrior;
        var best = 0;
        for (var role = 1; role < Roles; role++)
        {
            if (scores[role] > scores[best])
            {
                best = role;
            }
        }

        return RoleOrder[best];
    }

    private static float Final(float[] best, int n, int role) => best[(n - 1) * Roles + role] + RoleWeights.End[role];

    private static void Emission(string text, ulong cueMask, SectionRole heading, int index, int count, Span<float> scores)
    {
        scores.Clear();
        if (heading != SectionRole.Unknown)
        {
            scores[Array.IndexOf(RoleOrder, heading)] = HeadingBonus;
            return;
        }

        var noDigit = !text.AsSpan().ContainsAnyInRange('0', '9');
        RoleCues.Score(text, cueMask, scores);
        var p = count > 1 ? (double)index / (count - 1) : 0.5;
        var fromEnd = count - 1 - index;
        Add(scores, RoleWeights.Bias);
        Add(scores, RoleWeights.Decile[Math.Min((int)(p * 10), 9)]);
        if (noDigit)
        {
            Add(scores, RoleWeights.NoDigit);
            Add(scores, RoleWeights.NoDigitByFifth[Math.Min((int)(p * 5), 4)]);
        }

        if (index == 0)
        {
            Add(scores, RoleWeights.First);
        }

        if (index == 1)
        {
            Add(scores, RoleWeights.Second);
        }

        if (fromEnd == 0)
        {
            Add(scores, RoleWeights.Last);
        }

        if (fromEnd == 1)
        {
            Add(scores, RoleWeights.SecondLast);
        }

        if (fromEnd == 2)
        {
            Add(scores, RoleWeights.ThirdLast);
        }
    }

    private static void Add(Span<float> scores, float[] weights)
    {
        for (var role = 0; role < Roles; role++)
        {
            scores[role] += weights[role];
        }
    }
}
