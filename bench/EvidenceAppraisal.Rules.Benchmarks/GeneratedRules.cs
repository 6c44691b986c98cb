using System.Globalization;
using System.Text;

namespace EvidenceAppraisal.Rules.Benchmarks;

/// <summary>
/// Writes a pack of N varied rules, each with its own constants so that NRules cannot share their nodes:
/// plain patterns, joins under not and exists, any branches and counts, in rotation.
/// </summary>
internal static class GeneratedRules
{
    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var yaml = new StringBuilder("pack: generated\nversion: 1.0.0\nrules:\n");
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var when = (i % 5) switch
            {
                0 => $"      - fact: claim\n        as: c\n        where: IsBenefit && !IsQuantified && Outcome.Contains(\"outcome{n}\")",
                1 => $"      - fact: claim\n        as: c\n        where: Outcome == \"outcome{n}\"\n      - not:\n          fact: estimate\n          where: SentenceIndex == c.SentenceIndex && Value > {n}",
                2 => $"      - fact: document\n        as: doc\n        where: WordCount > {n}\n      - exists:\n          fact: pvalue\n          where: Value < 0.0{n}",
                3 => $"      - any:\n          - fact: controversy\n            where: Cue == \"cue{n}\"\n          - fact: hedge\n            where: Cue == \"cue{n}\"",
                _ => $"      - fact: claim\n        as: c\n        where: Outcome == \"outcome{n}\"\n      - count:\n          fact: pvalue\n          as: ps\n          where: SentenceIndex == c.SentenceIndex && Text != \"p{n}\"\n          min: 2",
            };
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: GEN-{i:D4}\n    title: Generated rule {n}\n    severity: minor\n    params: {{ threshold: {n} }}\n    when:\n{when}\n    then:\n      message: \"Generated rule {n} fired.\"\n");
        }

        File.WriteAllText(Path.Combine(folder, "generated.yaml"), yaml.ToString());
    }
}
