using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>A sentence-level yes/no task (claims, hedges): precision, recall and F1 of the positive class.</summary>
public abstract class SentenceFlagTask : IEvaluationTask
{
    private readonly PrecisionRecall _score = new();
    private int _records;

    public abstract string Name { get; }

    /// <summary>The label key in each gold sentence ("claim", "hedged").</summary>
    protected abstract string LabelKey { get; }

    /// <summary>Whether the pipeline says yes for the sentence with this index.</summary>
    protected abstract bool Predict(FactSet facts, Sentence sentence);

    public void Add(CorpusRecord record, FactSet facts)
    {
        _records++;
        foreach (var (gold, span) in SentenceAlignment.Align(facts.Document, record.Labels))
        {
            var sentence = span is { } s ? SentenceAlignment.SentenceAt(facts.Document, s) : null;
            _score.Add(sentence is not null && Predict(facts, sentence), gold.GetProperty(LabelKey).GetBoolean());
        }
    }

    public EvaluationResult Result() => new(Name, _records,
        new Dictionary<string, double> { ["precision"] = _score.Precision, ["recall"] = _score.Recall, ["f1"] = _score.F1 },
        $"  tp {_score.TruePositives} fp {_score.FalsePositives} fn {_score.FalseNegatives}\n");
}
