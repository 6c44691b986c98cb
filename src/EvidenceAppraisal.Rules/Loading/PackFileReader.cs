using System.Globalization;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Reads one rule file (<c>rules/&lt;pack&gt;/*.yaml</c>) into the canonical rule model.</summary>
internal static class PackFileReader
{
    internal static readonly string[] RuleKeys =
        ["id", "title", "category", "severity", "tags", "references", "params", "when", "then", "tests", "status", "replacedBy", "priority", "supersedes", "description"];

    internal static readonly string[] ThenKeys = ["message", "question", "advice", "why", "evidence", "checklist", "level"];

    public static (string Pack, string Version, List<RuleSpec> Rules)? Read(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        var root = YamlDocument.Load(path, displayPath, diagnostics);
        return root is null ? null : Read(new YamlMap(root, displayPath, diagnostics));
    }

    public static (string Pack, string Version, List<RuleSpec> Rules)? Read(YamlMap file)
    {
        file.OnlyKeys("a rule file", "$schema", "pack", "version", "description", "rules");
        var pack = file.String("pack", required: true) ?? "";
        var version = file.String("version", required: true) ?? "0.0.0";
        var rules = new List<RuleSpec>();
        foreach (var node in file.Sequence("rules"))
        {
            if (file.AsMap(node, "a rule") is { } map && ReadRule(map, pack) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return (pack, version, rules);
    }

    private static RuleSpec? ReadRule(YamlMap map, string pack)
    {
        map.OnlyKeys("a rule", RuleKeys);
        var id = map.String("id", required: true);
        var title = map.String("title", required: true);
        var severityText = map.String("severity", required: true);
        var then = map.Map("then");
        if (then is null)
        {
            map.Error(DiagnosticCodes.MissingKey, "missing required key 'then'", map.Location);
        }

        var when = ReadWhen(map);
        if (id is null || title is null || severityText is null || then is null)
        {
            return null;
        }

        if (!Enum.TryParse<Severity>(severityText, ignoreCase: true, out var severity) || int.TryParse(severityText, out _))
        {
            map.Error(DiagnosticCodes.BadSeverity, $"severity '{severityText}' must be one of info, minor, major, critical", map.LocationOf("severity"));
        }

        var status = map.String("status") ?? RuleStatus.Stable;
        if (!RuleStatus.All.Contains(status))
        {
            map.Error(DiagnosticCodes.BadValue, $"status '{status}' must be experimental, stable or deprecated", map.LocationOf("status"));
        }

        var replacedBy = map.String("replacedBy");
        if (replacedBy is not null && status != RuleStatus.Deprecated)
        {
            map.Error(DiagnosticCodes.BadValue, "'replacedBy' belongs to a deprecated rule: add 'status: deprecated' or remove it", map.LocationOf("replacedBy"));
        }

        return new RuleSpec
        {
            Id = id,
            Title = title,
            Category = map.String("category") ?? "general",
            Severity = severity,
            Pack = pack,
            Tags = map.Strings("tags"),
            References = map.Strings("references"),
            Params = ReadParams(map),
            When = when,
            Then = ReadThen(then),
            Tests = ReadTests(map),
            Status = status,
            ReplacedBy = replacedBy,
            Priority = map.Int("priority") ?? 0,
            Supersedes = map.Strings("supersedes"),
            Location = map.Location,
            EndLine = map.EndLine,
            KeyLocations = map.Keys.ToDictionary(k => k, map.LocationOf, StringComparer.Ordinal),
        };
    }

    private static Dictionary<string, object> ReadParams(YamlMap map)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, (value, _)) in map.Pairs("params"))
        {
            result[name] = ParseParam(value);
        }

        return result;
    }

    /// <summary>A parameter value keeps its natural type: whole number, decimal, boolean or text.</summary>
    internal static object ParseParam(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : bool.TryParse(value, out var b) ? b
        : value;

    private static ThenSpec ReadThen(YamlMap then)
    {
        then.OnlyKeys("'then'", ThenKeys);
        return new ThenSpec
        {
            Message = then.String("message", required: true) ?? "",
            MessageLocation = then.Node("message") is { } node ? YamlDocument.At(then.File, node) : then.Location,
            Question = then.String("question"),
            Advice = then.String("advice"),
            Why = then.String("why"),
            Evidence = then.Strings("evidence"),
            Checklist = ReadChecklist(then),
            Level = then.String("level"),
        };
    }

    private static Dictionary<string, string> ReadChecklist(YamlMap then)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, (answer, at)) in then.Pairs("checklist"))
        {
            if (!ThenSpec.ChecklistAnswers.Contains(answer))
            {
                then.Error(DiagnosticCodes.BadValue, $"checklist answer '{answer}' for '{item}' must be one of {string.Join(", ", ThenSpec.ChecklistAnswers)}", at);
                continue;
            }

            answers[item] = answer;
        }

        return answers;
    }

    private static List<RuleTestSpec> ReadTests(YamlMap map)
    {
        var tests = new List<RuleTestSpec>();
        foreach (var node in map.Sequence("tests"))
        {
            if (map.AsMap(node, "a test") is not { } test)
            {
                continue;
            }

            test.OnlyKeys("a test", "text", "title", "expect", "message");
            var text = test.String("text", required: true);
            var expect = test.String("expect", required: true);
            if (expect is not null and not ("fires" or "silent"))
            {
                test.Error(DiagnosticCodes.BadValue, $"expect '{expect}' must be 'fires' or 'silent'", test.LocationOf("expect"));
            }

            if (text is not null && expect is not null)
            {
                tests.Add(new RuleTestSpec(text, test.String("title"), expect == "fires", test.String("message"), test.Location));
            }
        }

        return tests;
    }

    private static List<ConditionSpec> ReadWhen(YamlMap map)
    {
        var conditions = new List<ConditionSpec>();
        var nodes = map.Sequence("when");
        if (nodes.Count == 0)
        {
            map.Error(DiagnosticCodes.MissingKey, "a rule needs a non-empty 'when' list", map.LocationOf("when"));
        }

        foreach (var node in nodes)
        {
            if (map.AsMap(node, "a condition") is { } item && ReadCondition(item) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return conditions;
    }

    private static ConditionSpec? ReadCondition(YamlMap item)
    {
        if (item.Has("not"))
        {
            item.OnlyKeys("a 'not' condition", "not");
            return new NotSpec(ReadPatterns(item, "not"), item.Location);
        }

        if (item.Has("exists"))
        {
            item.OnlyKeys("an 'exists' condition", "exists");
            return new ExistsSpec(ReadPatterns(item, "exists"), item.Location);
        }

        if (item.Has("any"))
        {
            item.OnlyKeys("an 'any' condition", "any");
            var branches = new List<IReadOnlyList<PatternSpec>>();
            foreach (var branch in item.Sequence("any"))
            {
                var patterns = branch switch
                {
                    YamlSequenceNode seq => seq.Children.Select(n => item.AsMap(n, "a pattern")).OfType<YamlMap>().Select(ReadPattern).OfType<PatternSpec>().ToList(),
                    _ => item.AsMap(branch, "a branch of 'any'") is { } m && ReadPattern(m) is { } p ? [p] : new List<PatternSpec>(),
                };
                branches.Add(patterns);
            }

            return new AnySpec(branches, item.Location);
        }

        if (item.Has("count"))
        {
            item.OnlyKeys("a 'count' condition", "count");
            if (item.Map("count") is not { } count)
            {
                return null;
            }

            count.OnlyKeys("'count'", "fact", "as", "where", "min", "max");
            var fact = count.String("fact", required: true);
            var min = count.Int("min");
            var max = count.Int("max");
            if (min is null && max is null)
            {
                count.Error(DiagnosticCodes.MissingKey, "'count' needs 'min', 'max' or both", count.Location);
            }
            else if (min < 0 || max < 0 || min > max)
            {
                count.Error(DiagnosticCodes.CannotFire, $"'count' bounds (min {min?.ToString(CultureInfo.InvariantCulture) ?? "-"}, max {max?.ToString(CultureInfo.InvariantCulture) ?? "-"}) can never hold", count.Location);
            }

            return fact is null ? null : new CountSpec(fact, count.String("as"), count.Expression("where"), min, max, count.Location);
        }

        return ReadPattern(item);
    }

    private static List<PatternSpec> ReadPatterns(YamlMap parent, string key)
    {
        var node = parent.Node(key)!;
        var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
        return items.Select(n => parent.AsMap(n, $"the body of '{key}'")).OfType<YamlMap>().Select(ReadPattern).OfType<PatternSpec>().ToList();
    }

    private static PatternSpec? ReadPattern(YamlMap map)
    {
        map.OnlyKeys("a pattern", "fact", "as", "where");
        var fact = map.String("fact", required: true);
        return fact is null ? null : new PatternSpec(fact, map.String("as"), map.Expression("where"), map.LocationOf("fact"));
    }
}
