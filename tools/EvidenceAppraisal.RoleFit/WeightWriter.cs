using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.RoleFit;

/// <summary>Writes the fitted weights back into RoleCues.cs (the score at the end of each cue line, in order) and RoleWeights.cs (each array by name).</summary>
internal static partial class WeightWriter
{
    public static void Write(string rolesFolder)
    {
        var cuesPath = Path.Combine(rolesFolder, "RoleCues.cs");
        var next = 0;
        var labels = new List<string>();
        var cues = CueLine().Replace(File.ReadAllText(cuesPath), m =>
        {
            labels.Add(m.Groups["label"].Value);
            return m.Groups["head"].Value + Row(RoleCues.ScoreOf(next++)) + m.Groups["tail"].Value;
        });
        if (next != RoleCues.CueCount)
        {
            throw new InvalidOperationException($"{cuesPath}: found {next} cue score rows, the model has {RoleCues.CueCount}");
        }

        var weightsPath = Path.Combine(rolesFolder, "RoleWeights.cs");
        var weights = File.ReadAllText(weightsPath);
        foreach (var field in Perceptron.WeightFields())
        {
            var declaration = new Regex(@"float(?:\[\])+ " + field.Name + @" =\s*", RegexOptions.None, TimeSpan.FromSeconds(1)).Match(weights);
            if (!declaration.Success)
            {
                throw new InvalidOperationException($"{weightsPath}: no declaration of {field.Name}");
            }

            var start = declaration.Index + declaration.Length;
            var end = weights.IndexOf(';', start);
            var value = field.GetValue(null) switch
            {
                float[] row => Row(row),
                float[][] table when table.Length == labels.Count => Table(table, labels),
                float[][] table => Table(table, null),
                _ => throw new InvalidOperationException(field.Name),
            };
            weights = weights[..start] + value + weights[end..];
        }

        File.WriteAllText(cuesPath, cues);
        File.WriteAllText(weightsPath, weights);
    }

    private static string Row(float[] row) => "[" + string.Join(", ", row.Select(Number)) + "]";

    /// <summary>A table literal; rows indexed by cue carry the cue's name as a comment.</summary>
    private static string Table(float[][] table, IReadOnlyList<string>? labels)
    {
        var text = new StringBuilder("[\n");
        for (var i = 0; i < table.Length; i++)
        {
            text.Append("        ").Append(Row(table[i])).Append(',');
            if (labels is not null)
            {
                text.Append(" // ").Append(labels[i]);
            }

            text.Append('\n');
        }

        return text.Append("    ]").ToString();
    }

    private static string Number(float value) => value == 0 ? "0f" : value.ToString("0.00", CultureInfo.InvariantCulture) + "f";

    [GeneratedRegex(@"(?<head>new RoleCue\(Set\.(?:Add\((?<label>\w+)\(\)|AddWords\(""(?<label>[^""|]+)).*, )\[[^\[\]]*\](?<tail>\),\r?\n)", RegexOptions.None, 1000)]
    private static partial Regex CueLine();
}
