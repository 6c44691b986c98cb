using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>
/// A message with holes: <c>{{ c.Outcome }}</c> reads a member of a matched fact, <c>{{ params.x }}</c> a
/// parameter, <c>{{ n.Count }}</c> the size of a counted collection. Checked against the rule's names when
/// compiled; nothing else can be reached.
/// </summary>
internal sealed partial class MessageTemplate
{
    private readonly List<object> _parts; // string literal, or Hole

    private sealed record Hole(string Name, PropertyInfo? Property, bool IsCount, object? Constant);

    private MessageTemplate(List<object> parts)
    {
        _parts = parts;
    }

    [GeneratedRegex(@"\{\{\s*(?<path>@?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HolePattern();

    public static MessageTemplate Parse(string text, RuleShape shape, IReadOnlyDictionary<string, object> parameters, List<string> problems)
    {
        var parts = new List<object>();
        var last = 0;
        foreach (Match m in HolePattern().Matches(text))
        {
            parts.Add(text[last..m.Index]);
            last = m.Index + m.Length;
            var path = m.Groups["path"].Value;
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            var head = dot < 0 ? path : path[..dot];
            var member = dot < 0 ? null : path[(dot + 1)..];
            if (head == "params" || head.StartsWith('@'))
            {
                var name = head.StartsWith('@') ? head[1..] : member ?? "";
                if (parameters.TryGetValue(name, out var value))
                {
                    parts.Add(new Hole(name, null, false, value));
                }
                else
                {
                    problems.Add($"unknown parameter '{name}' in message");
                }

                continue;
            }

            if (!shape.Names.TryGetValue(head, out var type))
            {
                problems.Add($"unknown name '{head}' in message; bound names: {string.Join(", ", shape.Declared)}");
                continue;
            }

            if (shape.Collections.Contains(head))
            {
                if (member is not (null or "Count"))
                {
                    problems.Add($"'{head}' is a counted collection: only '{head}.Count' can be shown");
                }

                parts.Add(new Hole(head, null, true, null));
                continue;
            }

            var property = member is null ? type.GetProperty("Quote") : type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                problems.Add($"unknown member '{member}' on fact '{FactAliases.AliasOf(type)}' in message");
                continue;
            }

            parts.Add(new Hole(head, property, false, null));
        }

        parts.Add(text[last..]);
        return new MessageTemplate(parts);
    }

    public string Render(IReadOnlyDictionary<string, object> facts)
    {
        if (_parts is [string text])
        {
            return text; // no holes: every firing has the same message
        }

        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is string literal)
            {
                sb.Append(literal);
                continue;
            }

            var hole = (Hole)part;
            if (hole.Constant is not null)
            {
                sb.Append(Format(hole.Constant));
            }
            else if (facts.TryGetValue(hole.Name, out var value))
            {
                sb.Append(hole.IsCount ? ((IEnumerable)value).Cast<object>().Count().ToString(CultureInfo.InvariantCulture) : Format(hole.Property!.GetValue(value)));
            }
        }

        return sb.ToString();
    }

    internal static string Format(object? value) => ValueText.Format(value);
}
