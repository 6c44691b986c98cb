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

        var matched = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var inferred = headingRoles[i] == SectionRole.Unknown
                || i > 0 && headingRoles[i - 1] == SectionRole.Unknown
                || i + 1 < n && headingRoles[i + 1] == SectionRole.Unknown;
            matched[i] = inferred ? RoleCues.Matching(texts[i], cueMasks[i]) : 0; // only inferred sentences and their neighbours need cues
        }

        var emissions = new float[n * Roles];
        var rows = _rows ??= new List<float[]>(32);
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * Roles, Roles);
            if (headingRoles[i] != SectionRole.Unknown)
            {
                scores[Array.IndexOf(RoleOrder, headingRoles[i])] = HeadingBonus;
                continue;
            }

            rows.Clear();
            Rows(texts, matched, i, rows);
            foreach (var row in rows)
            {
                Add(scores, row);
            }
        }

        var path = BestPath(emissions, n);
        for (var i = 0; i < n; i++)
        {
            result[i] = RoleOrder[path[i]];
        }

        return result;
    }

    /// <summary>The best sequence of role indices (see <see cref="RoleCues"/>) for <paramref name="n"/> sentences whose per-role scores are <paramref name="emissions"/> (n × 5).</summary>
    internal static int[] BestPath(ReadOnlySpan<float> emissions, int n)
    {
        var best = new float[n * Roles];
        var back = new int[n * Roles];
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.Slice(i * Roles, Roles);
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

        var path = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[i * Roles + last];
        }

        return path;
    }

    /// <summary>
    /// A sentence on its own (a one-line abstract, a pasted finding) has no place in an order to weigh: its cues
    /// decide, and a plain statement reads as a finding.
    /// </summary>
    private static SectionRole Alone(string text, ulong cueMask)
    {
        Span<float> scores = stackalloc float[Roles];
        RoleCues.Score(RoleCues.Matching(text, cueMask), scores);
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

    [ThreadStatic]
    private static List<float[]>? _rows;

    /// <summary>
    /// Every weight row that scores sentence <paramref name="index"/>: its own cues' rows, the rows for the cues of
    /// the sentences before and after it, and its position rows. The fitting tool (tools/EvidenceAppraisal.RoleFit)
    /// updates the same rows, so what it fits is what this decodes.
    /// </summary>
    internal static void Rows(IReadOnlyList<string> texts, IReadOnlyList<ulong> matched, int index, List<float[]> rows)
    {
        AddCueRows(matched[index], RoleCues.ScoreOf, rows);
        if (index > 0)
        {
            AddCueRows(matched[index - 1], cue => RoleWeights.PreviousCue[cue], rows);
        }

        if (index + 1 < texts.Count)
        {
            AddCueRows(matched[index + 1], cue => RoleWeights.NextCue[cue], rows);
        }

        PositionRows(texts[index], index, texts.Count, rows);
    }

    private static void AddCueRows(ulong matched, Func<int, float[]> row, List<float[]> rows)
    {
        for (var bits = matched; bits != 0; bits &= bits - 1)
        {
            rows.Add(row(System.Numerics.BitOperations.TrailingZeroCount(bits)));
        }
    }

    /// <summary>The <see cref="RoleWeights"/> rows for the place of sentence <paramref name="index"/> of <paramref name="count"/>: bias, relative position, first/last places, and a lack of digits.</summary>
    private static void PositionRows(string text, int index, int count, List<float[]> rows)
    {
        var noDigit = !text.AsSpan().ContainsAnyInRange('0', '9');
        var p = count > 1 ? (double)index / (count - 1) : 0.5;
        var fromEnd = count - 1 - index;
        rows.Add(RoleWeights.Bias);
        rows.Add(RoleWeights.Decile[Math.Min((int)(p * 10), 9)]);
        if (noDigit)
        {
            rows.Add(RoleWeights.NoDigit);
            rows.Add(RoleWeights.NoDigitByFifth[Math.Min((int)(p * 5), 4)]);
        }

        if (index == 0)
        {
            rows.Add(RoleWeights.First);
        }

        if (index == 1)
        {
            rows.Add(RoleWeights.Second);
        }

        if (fromEnd == 0)
        {
            rows.Add(RoleWeights.Last);
        }

        if (fromEnd == 1)
        {
            rows.Add(RoleWeights.SecondLast);
        }

        if (fromEnd == 2)
        {
            rows.Add(RoleWeights.ThirdLast);
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
