using System.Reflection;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.RoleFit;

/// <summary>
/// Averaged structured perceptron over the product's own weight rows: decoding is <see cref="RoleSequence.BestPath"/>,
/// and an update moves every row that applied to a wrongly labelled sentence toward the gold role (and the
/// transition, start and end rows along the gold path). The rows are updated in place, so after
/// <see cref="Train"/> the product decodes with the fitted weights.
/// </summary>
internal static class Perceptron
{
    private const int Roles = RoleCues.Count;

    /// <summary>Mean absolute cue score after fitting: decoding ignores scale, but a lone sentence is weighed against a fixed prior (RoleSequence.Alone), so the scale is kept where that prior was set.</summary>
    private const float CueScale = 0.5f;

    /// <summary>Every weight row of the model: cue scores first, then the RoleWeights rows.</summary>
    public static IReadOnlyList<float[]> AllRows()
    {
        var rows = Enumerable.Range(0, RoleCues.CueCount).Select(RoleCues.ScoreOf).ToList();
        foreach (var field in WeightFields())
        {
            switch (field.GetValue(null))
            {
                case float[] row:
                    rows.Add(row);
                    break;
                case float[][] table:
                    rows.AddRange(table);
                    break;
            }
        }

        return rows;
    }

    public static IEnumerable<FieldInfo> WeightFields() =>
        typeof(RoleWeights).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(float[]) || f.FieldType == typeof(float[][]));

    public static int[] Predict(RoleExample example)
    {
        var n = example.Texts.Length;
        var emissions = new float[n * Roles];
        for (var i = 0; i < n; i++)
        {
            foreach (var row in example.Rows[i])
            {
                for (var role = 0; role < Roles; role++)
                {
                    emissions[i * Roles + role] += row[role];
                }
            }
        }

        return RoleSequence.BestPath(emissions, n);
    }

    /// <summary>(correct, labelled) sentences of <paramref name="examples"/> under the current weights.</summary>
    public static (int Correct, int Total) Score(IEnumerable<RoleExample> examples)
    {
        var correct = 0;
        var total = 0;
        foreach (var example in examples)
        {
            var path = Predict(example);
            for (var i = 0; i < path.Length; i++)
            {
                if (example.Gold[i] >= 0)
                {
                    total++;
                    correct += path[i] == example.Gold[i] ? 1 : 0;
                }
            }
        }

        return (correct, total);
    }

    /// <summary>(correct, labelled) when each sentence is decoded on its own, as a pasted sentence is (RoleSequence.Alone).</summary>
    public static (int Correct, int Total) ScoreAlone(IEnumerable<RoleExample> examples)
    {
        var cueSet = RoleCues.CueSet.Id;
        var correct = 0;
        var total = 0;
        foreach (var example in examples)
        {
            for (var i = 0; i < example.Texts.Length; i++)
            {
                if (example.Gold[i] < 0)
                {
                    continue;
                }

                var text = example.Texts[i];
                var role = RoleSequence.Decode([text], [CueIndex.Scan(text)[cueSet]], [SectionRole.Unknown])[0];
                total++;
                correct += role == (SectionRole)(example.Gold[i] + (int)SectionRole.Background) ? 1 : 0;
            }
        }

        return (correct, total);
    }

    /// <summary>Fits every row from zero on <paramref name="examples"/>; the result is the average of the weights over all steps, rescaled and rounded to two decimals.</summary>
    public static void Train(IReadOnlyList<RoleExample> examples, int epochs, int seed, float aloneWeight)
    {
        var rows = AllRows();
        var sums = rows.Select(_ => new double[Roles]).ToArray();
        foreach (var row in rows)
        {
            Array.Clear(row);
        }

        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        long steps = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                Update(examples[index]);
                if (aloneWeight > 0)
                {
                    UpdateAlone(examples[index], aloneWeight);
                }
                for (var r = 0; r < rows.Count; r++)
                {
                    for (var role = 0; role < Roles; role++)
                    {
                        sums[r][role] += rows[r][role];
                    }
                }

                steps++;
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var role = 0; role < Roles; role++)
            {
                rows[r][role] = (float)(sums[r][role] / steps);
            }
        }

        var meanAbs = Enumerable.Range(0, RoleCues.CueCount).SelectMany(RoleCues.ScoreOf).Average(v => Math.Abs(v));
        var scale = meanAbs > 0 ? CueScale / meanAbs : 1f;
        foreach (var row in rows)
        {
            for (var role = 0; role < Roles; role++)
            {
                row[role] = MathF.Round(row[role] * scale, 2);
            }
        }
    }

    /// <summary>
    /// A pasted sentence is decoded by its own cues alone (RoleSequence.Alone), so the cue rows are also taught to
    /// label each sentence without its neighbours, with the weight <paramref name="weight"/> against the in-context updates.
    /// </summary>
    private static void UpdateAlone(RoleExample example, float weight)
    {
        Span<float> scores = stackalloc float[Roles];
        for (var i = 0; i < example.Texts.Length; i++)
        {
            var gold = example.Gold[i];
            if (gold < 0)
            {
                continue;
            }

            scores.Clear();
            RoleCues.Score(example.Matched[i], scores);
            var best = 0;
            for (var role = 1; role < Roles; role++)
            {
                best = scores[role] > scores[best] ? role : best;
            }

            if (best != gold)
            {
                for (var bits = example.Matched[i]; bits != 0; bits &= bits - 1)
                {
                    var row = RoleCues.ScoreOf(System.Numerics.BitOperations.TrailingZeroCount(bits));
                    row[gold] += weight;
                    row[best] -= weight;
                }
            }
        }
    }

    private static void Update(RoleExample example)
    {
        var path = Predict(example);
        var gold = example.Gold.Select((g, i) => g >= 0 ? g : path[i]).ToArray();
        if (gold.AsSpan().SequenceEqual(path))
        {
            return;
        }

        var n = path.Length;
        for (var i = 0; i < n; i++)
        {
            if (gold[i] != path[i])
            {
                foreach (var row in example.Rows[i])
                {
                    row[gold[i]] += 1;
                    row[path[i]] -= 1;
                }
            }

            if (i > 0 && (gold[i - 1] != path[i - 1] || gold[i] != path[i]))
            {
                RoleWeights.Transition[gold[i - 1]][gold[i]] += 1;
                RoleWeights.Transition[path[i - 1]][path[i]] -= 1;
            }
        }

        RoleWeights.Start[gold[0]] += 1;
        RoleWeights.Start[path[0]] -= 1;
        RoleWeights.End[gold[n - 1]] += 1;
        RoleWeights.End[path[n - 1]] -= 1;
    }
}
