namespace EvidenceAppraisal.Evaluation;

/// <summary>The figures of one task: named metrics (task → metric → value in JSON) and a printable detail table.</summary>
public sealed record EvaluationResult(string Task, int Records, IReadOnlyDictionary<string, double> Metrics, string Details);

/// <summary>A task that scores the pipeline against one kind of label.</summary>
public interface IEvaluationTask
{
    string Name { get; }

    void Add(CorpusRecord record, Extraction.FactSet facts);

    EvaluationResult Result();
}
