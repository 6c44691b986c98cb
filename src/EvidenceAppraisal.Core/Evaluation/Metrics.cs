namespace EvidenceAppraisal.Evaluation;

/// <summary>Counts of a binary or item-matching decision, and the figures derived from them.</summary>
public sealed class PrecisionRecall
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(bool predicted, bool gold)
    {
        if (predicted && gold)
        {
            TruePositives++;
        }
        else if (predicted)
        {
            FalsePositives++;
        }
        else if (gold)
        {
            FalseNegatives++;
        }
    }

    /// <summary>Matches two multisets of normalised items: each gold item matches at most one prediction.</summary>
    public void AddItems(IEnumerable<string> predicted, IEnumerable<string> gold)
    {
        var remaining = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        foreach (var item in predicted)
        {
            if (remaining.TryGetValue(item, out var left) && left > 0)
            {
                remaining[item] = left - 1;
                TruePositives++;
            }
            else
            {
                FalsePositives++;
            }
        }

        FalseNegatives += remaining.Values.Sum();
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Support => TruePositives + FalseNegatives;
}

/// <summary>Multi-class results: confusion matrix, accuracy, per-class and macro figures.</summary>
public sealed class Confusion
{
    private readonly Dictionary<(string Gold, string Predicted), int> _cells = [];

    public void Add(string gold, string predicted) => _cells[(gold, predicted)] = _cells.GetValueOrDefault((gold, predicted)) + 1;

    public int Total => _cells.Values.Sum();

    public double Accuracy => Total == 0 ? 0 : (double)_cells.Where(c => c.Key.Gold == c.Key.Predicted).Sum(c => c.Value) / Total;

    public IReadOnlyList<string> GoldClasses => _cells.Keys.Select(k => k.Gold).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> AllClasses => _cells.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().Order(StringComparer.Ordinal).ToList();

    public int this[string gold, string predicted] => _cells.GetValueOrDefault((gold, predicted));

    public PrecisionRecall For(string label)
    {
        var pr = new PrecisionRecall();
        foreach (var ((gold, predicted), count) in _cells)
        {
            for (var i = 0; i < count; i++)
            {
                pr.Add(predicted == label, gold == label);
            }
        }

        return pr;
    }

    /// <summary>Mean F1 over the classes present in the gold labels.</summary>
    public double MacroF1 => GoldClasses.Count == 0 ? 0 : GoldClasses.Average(c => For(c).F1);
}
