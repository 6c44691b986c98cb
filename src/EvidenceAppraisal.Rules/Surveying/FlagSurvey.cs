using System.Globalization;
using System.Text;
using EvidenceAppraisal.Evaluation;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Rules.Surveying;

/// <summary>One flag raised on one labelled record.</summary>
public sealed record SurveyedFlag(string RecordId, string Design, Flag Flag);

/// <summary>
/// Runs the whole pipeline (read, extract, rules) over the design-labelled records of a corpus and keeps every flag
/// with the record's labelled design, so a person can see which rules fire on which designs and check a sample by hand.
/// </summary>
public sealed class FlagSurvey
{
    public const string DesignTask = "design";

    private readonly CompiledRuleSet _rules;
    private readonly FactExtraction _extraction;

    public FlagSurvey(CompiledRuleSet rules, FactExtraction? extraction = null)
    {
        _rules = rules;
        _extraction = extraction ?? FactExtraction.Default;
    }

    public FlagSurveyResult Run(IEnumerable<CorpusRecord> records)
    {
        var perDesign = new Dictionary<string, int>(StringComparer.Ordinal);
        var flags = new List<SurveyedFlag>();
        foreach (var record in records.Where(r => r.Task == DesignTask))
        {
            var design = record.Labels.TryGetProperty("design", out var label) ? label.GetString() ?? "other" : "other";
            perDesign[design] = perDesign.GetValueOrDefault(design) + 1;
            foreach (var flag in _rules.Appraise(_extraction.Extract(record.ToDocument())))
            {
                flags.Add(new SurveyedFlag(record.Id, design, flag));
            }
        }

        return new FlagSurveyResult(perDesign, flags);
    }
}

/// <summary>The flags of a survey, grouped by labelled design.</summary>
public sealed class FlagSurveyResult
{
    public FlagSurveyResult(IReadOnlyDictionary<string, int> recordsPerDesign, IReadOnlyList<SurveyedFlag> flags)
    {
        RecordsPerDesign = recordsPerDesign;
        Flags = flags;
    }

    /// <summary>Labelled design → number of records.</summary>
    public IReadOnlyDictionary<string, int> RecordsPerDesign { get; }

    public IReadOnlyList<SurveyedFlag> Flags { get; }

    /// <summary>How many records of <paramref name="design"/> the rule flagged (a rule counts once per record).</summary>
    public int RecordsFlagged(string design, string ruleId) =>
        Flags.Where(f => f.Design == design && f.Flag.Id == ruleId).Select(f => f.RecordId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Labelled design → evidence level given (or "none") → number of records.</summary>
    public IReadOnlyDictionary<string, int> Levels(string design)
    {
        var levels = Flags.Where(f => f.Design == design && f.Flag.Level is not null)
            .GroupBy(f => f.RecordId, StringComparer.Ordinal)
            .Select(g => g.First().Flag.Level!)
            .GroupBy(l => l, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var none = RecordsPerDesign.GetValueOrDefault(design) - levels.Values.Sum();
        if (none > 0)
        {
            levels["none"] = none;
        }

        return levels;
    }

    /// <summary>Checklist items answered by more than one flag on the same record: each item should get exactly one answer.</summary>
    public IReadOnlyList<(string RecordId, string Item)> RepeatedAnswers() =>
        Flags.SelectMany(f => f.Flag.Checklist.Keys.Select(item => (f.RecordId, Item: item)))
            .GroupBy(x => x)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

    /// <summary>Records given more than one evidence level: the level rules should exclude each other.</summary>
    public IReadOnlyList<string> RecordsWithSeveralLevels() =>
        Flags.Where(f => f.Flag.Level is not null)
            .GroupBy(f => f.RecordId, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

    /// <summary>
    /// A seeded random sample of <paramref name="count"/> flags at or above <paramref name="minimum"/> severity, for checking by
    /// hand; the same seed gives the same sample.
    /// </summary>
    public IReadOnlyList<SurveyedFlag> Sample(int count, int seed, Severity minimum = Severity.Minor)
    {
        var pool = Flags.Where(f => f.Flag.Severity >= minimum).ToList();
        var random = new Random(seed);
        for (var i = 0; i < Math.Min(count, pool.Count); i++)
        {
            var j = random.Next(i, pool.Count);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool.Take(count).ToList();
    }

    /// <summary>
    /// Per labelled design: records, flags per record, levels given, then the <paramref name="top"/> findings (minor and above)
    /// and the <paramref name="top"/> information and checklist flags, by records flagged.
    /// </summary>
    public string Describe(int top)
    {
        var sb = new StringBuilder();
        sb.AppendLine("flags per design (labelled design; records flagged by each rule):");
        foreach (var (design, records) in RecordsPerDesign.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            var flags = Flags.Where(f => f.Design == design).ToList();
            var levels = string.Join(", ", Levels(design).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}: {l.Value}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {design} ({records} records, {(double)flags.Count / records:0.0} flags per record; OCEBM level {levels})");
            AppendRules(sb, "findings", flags.Where(f => f.Flag.Severity >= Severity.Minor), records, top);
            AppendRules(sb, "info and checklist", flags.Where(f => f.Flag.Severity < Severity.Minor), records, top);
        }

        var severalLevels = RecordsWithSeveralLevels();
        sb.AppendLine(CultureInfo.InvariantCulture, $"records given more than one level: {severalLevels.Count}{(severalLevels.Count > 0 ? " (" + string.Join(", ", severalLevels.Take(5)) + ")" : "")}");
        var repeated = RepeatedAnswers();
        sb.AppendLine(CultureInfo.InvariantCulture, $"checklist items answered more than once: {repeated.Count}{(repeated.Count > 0 ? " (" + string.Join(", ", repeated.Take(5).Select(r => $"{r.RecordId} {r.Item}")) + ")" : "")}");
        return sb.ToString();
    }

    private static void AppendRules(StringBuilder sb, string heading, IEnumerable<SurveyedFlag> flags, int records, int top)
    {
        var byRule = flags.GroupBy(f => f.Flag.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Records: g.Select(f => f.RecordId).Distinct(StringComparer.Ordinal).Count(), g.First().Flag))
            .OrderByDescending(r => r.Records).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"    {heading} ({byRule.Count} rules):");
        foreach (var (id, count, flag) in byRule.Take(top))
        {
            var answer = string.Join(" ", flag.Checklist.Select(c => $"{c.Key}={c.Value}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"      {id,-16} {count,5} {100.0 * count / records,4:0}%  {flag.Title}{(answer.Length > 0 ? "  [" + answer + "]" : "")}");
        }
    }
}
