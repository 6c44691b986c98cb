using EvidenceAppraisal.Evaluation;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.RoleFit;

/// <summary>One abstract of the roles corpus: per sentence, its matched cues (bits by cue index), the weight rows that apply to it and the gold role index (-1 when no gold sentence covers it).</summary>
internal sealed record RoleExample(string Id, string[] Texts, ulong[] Matched, float[][][] Rows, int[] Gold, IReadOnlyList<string> Unmatched)
{
    private static readonly string[] RoleNames = ["background", "objective", "methods", "results", "conclusions"];

    public static string RoleName(int role) => RoleNames[role];

    /// <summary>Reads every roles record of <paramref name="corpus"/> as the product reads it (same sentences, same cue masks).</summary>
    public static List<RoleExample> Load(string corpus)
    {
        var examples = new List<RoleExample>();
        var cueSet = RoleCues.CueSet.Id; // registers the set before the first scan
        foreach (var record in CorpusReader.Read(corpus).Where(r => r.Task == "roles"))
        {
            var document = record.ToDocument();
            var sentences = document.Sentences;
            if (sentences.Count < 2)
            {
                continue; // a lone sentence is decoded apart (RoleSequence.Alone); nothing to fit
            }

            var texts = sentences.Select(s => s.Text).ToArray();
            var matched = texts.Select(t => RoleCues.Matching(t, CueIndex.Scan(t)[cueSet])).ToArray();
            var rows = new float[texts.Length][][];
            for (var i = 0; i < texts.Length; i++)
            {
                var list = new List<float[]>();
                RoleSequence.Rows(texts, matched, i, list);
                rows[i] = [.. list];
            }

            var gold = Enumerable.Repeat(-1, texts.Length).ToArray();
            var unmatched = new List<string>();
            foreach (var (label, span) in SentenceAlignment.Align(document, record.Labels))
            {
                var role = Array.IndexOf(RoleNames, label.GetProperty("role").GetString());
                var text = label.GetProperty("text").GetString() ?? "";
                if (span is { } s && role >= 0 && SentenceAlignment.SentenceAt(document, s) is { } sentence)
                {
                    if (gold[sentence.Index] >= 0)
                    {
                        unmatched.Add($"shares sentence {sentence.Index + 1} with another gold sentence: {text}");
                    }

                    gold[sentence.Index] = role;
                }
                else
                {
                    unmatched.Add($"not found among the sentences: {text}");
                }
            }

            examples.Add(new RoleExample(record.Id, texts, matched, rows, gold, unmatched));
        }

        return examples;
    }
}
