using System.Globalization;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Typed, location-aware access to a YAML mapping; every mistake becomes a diagnostic, never an exception.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    public YamlMap(YamlMappingNode node, string file, List<Diagnostic> diagnostics)
    {
        _node = node;
        File = file;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public List<Diagnostic> Diagnostics { get; }

    public SourceLocation Location => YamlDocument.At(File, _node);

    /// <summary>The last line holding part of the mapping (a block mapping's own end mark sits where it starts).</summary>
    public int EndLine => (int)_node.AllNodes.Max(n => n is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? n.End.Line - (n.End.Column <= 1 ? 1 : 0) : n.End.Line);

    public YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public bool Has(string key) => Node(key) is not null;

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public SourceLocation LocationOf(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? YamlDocument.At(File, k) : Location;

    /// <summary>Where the value of <paramref name="key"/> was written (the key's own location when it has none).</summary>
    public SourceLocation ValueLocation(string key) => Node(key) is { } value ? YamlDocument.At(File, value) : LocationOf(key);

    public void Error(string code, string message, SourceLocation at) => Diagnostics.Add(new Diagnostic(code, message, at));

    /// <summary>Reports keys outside <paramref name="allowed"/>, naming the closest allowed key.</summary>
    public void OnlyKeys(string what, params string[] allowed)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = Closest(name, allowed);
                Error(DiagnosticCodes.UnknownKey, $"unknown key '{name}' in {what}" + (hint is null ? "" : $"; did you mean '{hint}'?"), YamlDocument.At(File, key));
            }
        }
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingKey, $"missing required key '{key}'", Location);
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(DiagnosticCodes.WrongType, $"'{key}' must be a single value", YamlDocument.At(File, node));
        return null;
    }

    public ExpressionSpec? Expression(string key)
    {
        if (Node(key) is not YamlScalarNode scalar || scalar.Value is null)
        {
            _ = String(key); // reports a non-scalar value
            return null;
        }

        var at = YamlDocument.At(File, scalar);
        // Quoted scalars start one column after the quote; block scalars on the next line.
        at = scalar.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => at.Shift(1),
            ScalarStyle.Literal or ScalarStyle.Folded => at with { Line = at.Line + 1 },
            _ => at,
        };
        return new ExpressionSpec(scalar.Value, at);
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.WrongType, $"'{key}' must be a whole number", YamlDocument.At(File, Node(key)!));
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return scalar.Value is null or "" ? [] : [scalar.Value];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode s && s.Value is not null)
                    {
                        list.Add(s.Value);
                    }
                    else if (item is YamlMappingNode m)
                    {
                        // references may be written as { source: ..., item: ... }
                        list.Add(string.Join(", ", m.Children.Select(kv => $"{(kv.Key as YamlScalarNode)?.Value}: {(kv.Value as YamlScalarNode)?.Value}")));
                    }
                    else
                    {
                        Error(DiagnosticCodes.WrongType, $"items of '{key}' must be single values", YamlDocument.At(File, item));
                    }
                }

                return list;
            default:
                Error(DiagnosticCodes.WrongType, $"'{key}' must be a list", YamlDocument.At(File, node));
                return [];
        }
    }

    /// <summary>Like <see cref="Strings"/>, with where each item was written.</summary>
    public IReadOnlyList<(string Value, SourceLocation At)> StringsAt(string key)
    {
        var values = Strings(key);
        var items = Node(key) switch
        {
            YamlSequenceNode seq => seq.Children.Where(n => n is YamlScalarNode { Value: not null } or YamlMappingNode).Select(n => YamlDocument.At(File, n)).ToList(),
            { } single => [YamlDocument.At(File, single)],
            null => new List<SourceLocation>(),
        };
        return values.Select((v, i) => (v, i < items.Count ? items[i] : Location)).ToList();
    }

    public YamlMap? Map(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, File, Diagnostics);
        }

        Error(DiagnosticCodes.WrongType, $"'{key}' must be a mapping (key: value)", YamlDocument.At(File, node));
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return seq.Children.ToList();
            default:
                Error(DiagnosticCodes.WrongType, $"'{key}' must be a list", YamlDocument.At(File, node));
                return [];
        }
    }

    /// <summary>Scalar children as strings, keyed by their key.</summary>
    public IReadOnlyDictionary<string, (string Value, SourceLocation At)> Pairs(string key)
    {
        var result = new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
        var map = Map(key);
        if (map is null)
        {
            return result;
        }

        foreach (var (k, v) in map._node.Children)
        {
            if (k is YamlScalarNode ks && v is YamlScalarNode vs)
            {
                result[ks.Value ?? ""] = (vs.Value ?? "", YamlDocument.At(File, v));
            }
            else
            {
                Error(DiagnosticCodes.WrongType, $"entries of '{key}' must be 'name: value'", YamlDocument.At(File, k));
            }
        }

        return result;
    }

    public YamlMap? AsMap(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, File, Diagnostics);
        }

        Error(DiagnosticCodes.WrongType, $"{what} must be a mapping (key: value)", YamlDocument.At(File, node));
        return null;
    }

    private static string? Closest(string name, string[] allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var d = Levenshtein(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    internal static int Levenshtein(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var temp = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = temp;
            }
        }

        return row[b.Length];
    }
}
