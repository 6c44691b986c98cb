using EvidenceAppraisal.Evaluation.Tasks;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Evaluation;

/// <summary>Runs read → extract on every labelled record and scores each task.</summary>
public sealed class Evaluator
{
    private readonly FactExtraction _extraction;

    public Evaluator(FactExtraction? extraction = null)
    {
        _extraction = extraction ?? FactExtraction.Default;
    }

    public static IReadOnlyList<IEvaluationTask> AllTasks() =>
        [new DesignTask(), new RolesTask(), new SampleSizeTask(), new PValuesTask(), new RegistrationTask(), new ClaimsTask(), new HedgesTask()];

    /// <summary>Scores every record whose task is known; records of other tasks are ignored. Unreadable records count as extracting nothing.</summary>
    public IReadOnlyList<EvaluationResult> Run(IEnumerable<CorpusRecord> records, IReadOnlyList<IEvaluationTask>? tasks = null)
    {
        var byName = (tasks ?? AllTasks()).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byName.TryGetValue(record.Task, out var task))
            {
                continue;
            }

            seen.Add(record.Task);
            task.Add(record, _extraction.Extract(record.ToDocument()));
        }

        return byName.Values.Where(t => seen.Contains(t.Name)).Select(t => t.Result()).ToList();
    }
}
