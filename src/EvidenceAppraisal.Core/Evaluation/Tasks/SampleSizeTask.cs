using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Numbers;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>Sample size: exact, within 10%, abstained, and wrong (a number given that is not within 10%).</summary>
public sealed class SampleSizeTask : IEvaluationTask
{
    private int _records;
    private int _exact;
    private int _within10;
    private int _abstained;

    public string Name => "sample-size";

    public void Add(CorpusRecord record, FactSet facts)
    {
        _records++;
        var gold = record.Labels.GetProperty("total").GetInt32();
        var predicted = facts.Of<SampleSizeFact>().FirstOrDefault(s => s.Unit == "participants")?.Total;
        if (predicted is null)
        {
            _abstained++;
            return;
        }

        if (predicted == gold)
        {
            _exact++;
        }

        if (Math.Abs(predicted.Value - gold) <= 0.1 * gold)
        {
            _within10++;
        }
    }

    public EvaluationResult Result()
    {
        double Share(int n) => _records == 0 ? 0 : (double)n / _records;
        var wrong = _records - _abstained - _within10;
        return new EvaluationResult(Name, _records, new Dictionary<string, double>
        {
            ["exact"] = Share(_exact),
            ["within_10pct"] = Share(_within10),
            ["abstained"] = Share(_abstained),
            ["wrong"] = Share(wrong),
        }, $"  exact {_exact} within10% {_within10} abstained {_abstained} wrong {wrong} of {_records}\n");
    }
}
