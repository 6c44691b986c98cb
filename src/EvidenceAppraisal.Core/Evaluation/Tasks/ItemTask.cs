using System.Text;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>An item-matching task (p-values, registration ids): precision, recall, F1 over normalised items.</summary>
public abstract class ItemTask : IEvaluationTask
{
    private readonly PrecisionRecall _score = new();
    private readonly List<string> _misses = [];
    private int _records;

    public abstract string Name { get; }

    protected abstract string LabelKey { get; }

    protected abstract IEnumerable<string> Predict(FactSet facts);

    /// <summary>Spacing and case removed, so "P = .03" matches "p=.03".</summary>
    public static string Normalise(string item)
    {
        var sb = new StringBuilder(item.Length);
        foreach (var c in item)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public void Add(CorpusRecord record, FactSet facts)
    {
        _records++;
        var gold = record.Labels.GetProperty(LabelKey).EnumerateArray().Select(e => Normalise(e.GetString() ?? "")).ToList();
        var predicted = Predict(facts).Select(Normalise).ToList();
        _score.AddItems(predicted, gold);
        if (_misses.Count < 20)
        {
            _misses.AddRange(gold.Except(predicted).Select(g => $"{record.Id}: missed {g}").Concat(predicted.Except(gold).Select(p => $"{record.Id}: extra {p}")).Take(20 - _misses.Count));
        }
    }

    public EvaluationResult Result() => new(Name, _records,
        new Dictionary<string, double> { ["precision"] = _score.Precision, ["recall"] = _score.Recall, ["f1"] = _score.F1 },
        $"  tp {_score.TruePositives} fp {_score.FalsePositives} fn {_score.FalseNegatives}\n" + string.Concat(_misses.Select(m => $"    {m}\n")));
}

/// <summary>P-values as written in the text.</summary>
public sealed class PValuesTask : ItemTask
{
    public override string Name => "p-values";

    protected override string LabelKey => "p_values";

    protected override IEnumerable<string> Predict(FactSet facts) => facts.Of<Extraction.Numbers.PValueFact>().Select(p => p.Text);
}

/// <summary>Trial-registry identifiers stated in the text.</summary>
public sealed class RegistrationTask : ItemTask
{
    public override string Name => "registration";

    protected override string LabelKey => "ids";

    protected override IEnumerable<string> Predict(FactSet facts) => facts.Of<Extraction.Registration.RegistrationFact>().Select(r => r.Id);
}
