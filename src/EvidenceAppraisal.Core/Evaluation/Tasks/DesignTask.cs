using System.Globalization;
using System.Text;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Design;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>Design: accuracy, macro-F1, per-design figures and the confusion matrix.</summary>
public sealed class DesignTask : IEvaluationTask
{
    private readonly Confusion _confusion = new();

    public string Name => "design";

    public void Add(CorpusRecord record, FactSet facts)
    {
        var gold = record.Labels.GetProperty("design").GetString() ?? "other";
        _confusion.Add(gold, Canonical(facts.Of<DesignFact>().FirstOrDefault()?.Kind ?? "other"));
    }

    /// <summary>
    /// The corpus labels designs from PubMed publication types; kinds PubMed has no type for are "other" there.
    /// </summary>
    public static string Canonical(string kind) => kind switch
    {
        "case-series" => "case-report",
        "animal-or-lab" or "qualitative" or "economic-evaluation" or "diagnostic-accuracy" => "other",
        _ => kind,
    };

    public EvaluationResult Result()
    {
        var metrics = new Dictionary<string, double>
        {
            ["accuracy"] = _confusion.Accuracy,
            ["macro_f1"] = _confusion.MacroF1,
        };
        var details = new StringBuilder();
        details.AppendLine(CultureInfo.InvariantCulture, $"  {"design",-30} {"prec",6} {"recall",6} {"f1",6} {"n",5}");
        foreach (var label in _confusion.GoldClasses)
        {
            var pr = _confusion.For(label);
            metrics[$"{label}.precision"] = pr.Precision;
            metrics[$"{label}.recall"] = pr.Recall;
            metrics[$"{label}.f1"] = pr.F1;
            details.AppendLine(CultureInfo.InvariantCulture, $"  {label,-30} {pr.Precision,6:0.000} {pr.Recall,6:0.000} {pr.F1,6:0.000} {pr.Support,5}");
        }

        var classes = _confusion.AllClasses;
        details.AppendLine("  confusion (rows gold, columns predicted):");
        details.Append("  ").Append(' ', 30).AppendLine(string.Concat(classes.Select(c => $"{Abbrev(c),7}")));
        foreach (var gold in _confusion.GoldClasses)
        {
            details.Append(CultureInfo.InvariantCulture, $"  {gold,-30}").AppendLine(string.Concat(classes.Select(p => _confusion[gold, p].ToString(CultureInfo.InvariantCulture).PadLeft(7))));
        }

        return new EvaluationResult(Name, _confusion.Total, metrics, details.ToString());
    }

    /// <summary>A column header of at most six characters: "randomized-controlled-trial" → "rancon".</summary>
    private static string Abbrev(string label)
    {
        var joined = label.Length <= 6 ? label : string.Concat(label.Split('-').Select(w => w[..Math.Min(3, w.Length)]));
        return joined[..Math.Min(6, joined.Length)];
    }
}
