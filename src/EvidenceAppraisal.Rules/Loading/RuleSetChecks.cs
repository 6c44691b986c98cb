using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Checks that need the whole rule set: references between rules, and a profile's references to rules.</summary>
internal static class RuleSetChecks
{
    /// <summary>
    /// <c>supersedes</c> and <c>replacedBy</c> must name loaded rules (a warning: a profile may leave the other
    /// pack out), supersedes must not form a cycle (an error: which flag would survive?), deprecated rules warn.
    /// </summary>
    public static void CheckReferences(IReadOnlyList<RuleSpec> rules, List<Diagnostic> diagnostics)
    {
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var id in rule.Supersedes)
            {
                if (id == rule.Id)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.SupersedesCycle, $"rule '{rule.Id}' supersedes itself", rule.LocationOf("supersedes")));
                }
                else if (!byId.ContainsKey(id))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownRule, $"rule '{rule.Id}' supersedes '{id}', which no loaded pack defines", rule.LocationOf("supersedes"), IsError: false));
                }
            }

            if (rule.ReplacedBy is { } replacement && !byId.ContainsKey(replacement))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownRule, $"rule '{rule.Id}' is replaced by '{replacement}', which no loaded pack defines", rule.LocationOf("replacedBy"), IsError: false));
            }

            if (rule.IsDeprecated)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.Deprecated,
                    $"rule '{rule.Id}' is deprecated" + (rule.ReplacedBy is null ? "" : $"; use '{rule.ReplacedBy}' instead"), rule.LocationOf("status"), IsError: false));
            }
        }

        foreach (var cycle in SupersedesCycles(byId))
        {
            var first = byId[cycle[0]];
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SupersedesCycle, $"rules supersede each other in a cycle: {string.Join(" → ", cycle.Append(cycle[0]))}", first.LocationOf("supersedes")));
        }
    }

    /// <summary>Each cycle of length two or more in the supersedes graph, once, starting at its smallest id.</summary>
    private static List<List<string>> SupersedesCycles(IReadOnlyDictionary<string, RuleSpec> byId)
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        void Visit(string id)
        {
            state[id] = 1;
            path.Add(id);
            foreach (var next in byId[id].Supersedes.Where(n => n != id && byId.ContainsKey(n)))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(next)).ToList();
                    var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                    cycles.Add(cycle.Skip(start).Concat(cycle.Take(start)).ToList());
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }

        foreach (var id in byId.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(id) == 0)
            {
                Visit(id);
            }
        }

        return cycles;
    }

    /// <summary>Every rule a profile names exists; every parameter it overrides is declared, with a value of the same kind; wording keys are known.</summary>
    public static void CheckProfile(Profile profile, IReadOnlyList<RuleSpec> rules, List<Diagnostic> diagnostics)
    {
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        void Unknown(string section, string key, string id) =>
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownRule, $"the profile names rule '{id}', which no loaded pack defines{Hint(id, byId.Keys)}", profile.LocationOf(section, key)));

        foreach (var id in profile.Disabled.Where(id => !byId.ContainsKey(id)))
        {
            Unknown("disable", id, id);
        }

        foreach (var id in profile.Severities.Keys.Where(id => !byId.ContainsKey(id)))
        {
            Unknown("severity", id, id);
        }

        foreach (var (key, value) in profile.Params)
        {
            var dot = key.LastIndexOf('.');
            var (id, name) = (key[..dot], key[(dot + 1)..]);
            if (!byId.TryGetValue(id, out var rule))
            {
                Unknown("params", key, id);
            }
            else if (!rule.Params.TryGetValue(name, out var current))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownParam,
                    $"rule '{id}' has no parameter '{name}'" + (rule.Params.Count > 0 ? $" (declared: {string.Join(", ", rule.Params.Keys)})" : " (it declares none)"), profile.LocationOf("params", key)));
            }
            else if (!SameKind(current, value))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ParamType,
                    $"parameter '{key}' is {KindOf(current)} (default {current}); '{value}' is {KindOf(value)}", profile.LocationOf("params", key)));
            }
        }

        foreach (var key in profile.Wording.Keys)
        {
            var suffix = Profile.WordingSuffixes.FirstOrDefault(s => key.EndsWith(s, StringComparison.Ordinal) && byId.ContainsKey(key[..^s.Length]));
            var id = suffix is null ? key : key[..^suffix.Length];
            if (byId.ContainsKey(id))
            {
                continue;
            }

            var dot = key.LastIndexOf('.');
            if (dot > 0 && byId.ContainsKey(key[..dot]))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadValue,
                    $"wording key '{key}' must be RULE-ID or RULE-ID followed by one of {string.Join(", ", Profile.WordingSuffixes)}", profile.LocationOf("wording", key)));
            }
            else
            {
                Unknown("wording", key, dot > 0 ? key[..dot] : key);
            }
        }
    }

    /// <summary>A profile may give a whole number where a decimal is declared, never text for a number or a number for a yes/no.</summary>
    public static bool SameKind(object declared, object given) => (declared, given) switch
    {
        (double, int or double) => true,
        (int, int) => true,
        (bool, bool) => true,
        (string, string) => true,
        _ => false,
    };

    private static string KindOf(object value) => value switch
    {
        int => "a whole number",
        double => "a number",
        bool => "true or false",
        _ => "text",
    };

    private static string Hint(string id, IEnumerable<string> known)
    {
        var best = known.MinBy(k => YamlMap.Levenshtein(k, id));
        return best is not null && YamlMap.Levenshtein(best, id) <= 2 ? $"; did you mean '{best}'?" : "";
    }
}
