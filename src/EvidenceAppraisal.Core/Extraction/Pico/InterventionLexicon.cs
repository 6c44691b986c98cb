using System.Text.RegularExpressions;
using EvidenceAppraisal.Extraction.Harms;

namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>
/// Recognises drug-like words without a drug dictionary: the names in <see cref="PrincipalHarms"/>, a few
/// common non-stem names, and the INN stems that mark a word as a medicine ("-parin", "-mab", "-pril").
/// </summary>
public static partial class InterventionLexicon
{
    [GeneratedRegex(@"\b(?:[A-Za-z][a-z]{2,}(?:parin|mab|tinib|nib|pril|sartan|olol|statin|azole|mycin|micin|cillin|floxacin|cycline|vir|gliflozin|gliptin|glitazone|dipine|prazole|setron|triptan|lukast|platin|taxel|rubicin|fungin|semide|thiazide|azepam|zolam|profen|coxib|dronate|xaban|gatran|tropin|caine|curonium|sone|olone)|aspirin|insulin|metformin|morphine|ketamine|propofol|dexmedetomidine|vasopressin|norepinephrine|noradrenaline|epinephrine|adrenaline|dopamine|dobutamine|levosimendan|albumin|immunoglobulin|melatonin|probiotics?|paracetamol|acetaminophen|vitamin [A-EK]\d?|thiamine|selenium|zinc|magnesium|tranexamic acid|erythropoietin|hydroxychloroquine|ivermectin|remdesivir|tocilizumab|placebo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Stem();

    private static readonly HashSet<string> Known = PrincipalHarms.Table
        .SelectMany(row => row.Members)
        .Where(m => m.Length > 4 && !m.EndsWith('s'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first drug-like word of <paramref name="text"/> (placebo excluded), with its offset; null when none.</summary>
    public static (string Term, int Index)? FirstIn(string text)
    {
        foreach (Match m in Stem().Matches(text))
        {
            if (!m.Value.Equals("placebo", StringComparison.OrdinalIgnoreCase))
            {
                return (m.Value, m.Index);
            }
        }

        foreach (var word in Words(text))
        {
            if (Known.Contains(word.Text))
            {
                return (word.Text, word.Index);
            }
        }

        return null;
    }

    /// <summary>Whether the phrase names a drug-like word, and which.</summary>
    public static string? DrugIn(string phrase) => FirstIn(phrase)?.Term;

    private static IEnumerable<(string Text, int Index)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return (text[start..i], start);
                start = -1;
            }
        }
    }
}
