using System.Globalization;
using System.Text;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>Section roles: sentence accuracy and per-role F1.</summary>
public sealed class RolesTask : IEvaluationTask
{
    private readonly Confusion _confusion = new();
    private int _records;

    public string Name => "roles";

    public void Add(CorpusRecord record, FactSet facts)
    {
        _records++;
        var roles = facts.Of<SentenceRoleFact>().ToDictionary(r => r.SentenceIndex, r => r.RoleName);
        foreach (var (gold, span) in SentenceAlignment.Align(facts.Document, record.Labels))
        {
            var sentence = span is { } s ? SentenceAlignment.SentenceAt(facts.Document, s) : null;
            var predicted = sentence is null ? "unknown" : roles.GetValueOrDefault(sentence.Index, "unknown");
            _confusion.Add(gold.GetProperty("role").GetString() ?? "unknown", predicted);
        }
    }

    public EvaluationResult Result()
    {
        var metrics = new Dictionary<string, double> { ["accuracy"] = _confusion.Accuracy, ["macro_f1"] = _confusion.MacroF1 };
        var details = new StringBuilder();
        foreach (var role in _confusion.GoldClasses)
        {
            var pr = _confusion.For(role);
            metrics[$"{role}.f1"] = pr.F1;
            details.AppendLine(CultureInfo.InvariantCulture, $"  {role,-14} prec {pr.Precision:0.000} recall {pr.Recall:0.000} f1 {pr.F1:0.000} n {pr.Support}");
        }

        return new EvaluationResult(Name, _records, metrics, details.ToString());
    }
}
