using System.Buffers;
using EvidenceAppraisal.Extraction.Harms;

namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>
/// Recognises drug-like words without a drug dictionary: the names in <see cref="PrincipalHarms"/>, a few
/// common names without a telling stem, and the INN stems that mark a word as a medicine ("-parin",
/// "-mab", "-pril"). Works word by word (no regex): it runs on every sentence with a claim or a harm.
/// </summary>
public static class InterventionLexicon
{
    private static readonly string[] Stems =
    [
        "parin", "glinide", "mab", "tinib", "nib", "pril", "sartan", "olol", "statin", "azole", "mycin", "micin", "cillin", "floxacin", "cycline", "vir",
        "gliflozin", "gliptin", "glitazone", "dipine", "prazole", "setron", "triptan", "lukast", "platin", "taxel", "rubicin", "fungin",
        "semide", "thiazide", "azepam", "zolam", "profen", "coxib", "dronate", "xaban", "gatran", "tropin", "caine", "curonium", "sone", "olone",
    ];

    /// <summary>The last letters of the stems (all ASCII, lower case).</summary>
    private static readonly SearchValues<char> StemEnds = SearchValues.Create(string.Concat(Stems.Select(stem => stem[^1]).Distinct()));

    private static readonly HashSet<string> Names = new(
        PrincipalHarms.Table.SelectMany(row => row.Members).Where(m => m.Length > 4 && !m.EndsWith('s') && !m.Contains(' ', StringComparison.Ordinal))
            .Concat(
            [
                "aspirin", "insulin", "metformin", "morphine", "ketamine", "propofol", "dexmedetomidine", "vasopressin", "norepinephrine", "noradrenaline",
                "epinephrine", "adrenaline", "dopamine", "dobutamine", "levosimendan", "albumin", "immunoglobulin", "melatonin", "probiotic", "probiotics",
                "paracetamol", "acetaminophen", "thiamine", "tranexamic", "selenium", "zinc", "magnesium", "erythropoietin", "hydroxychloroquine", "ivermectin",
            ]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first drug-like word of <paramref name="text"/>, with its offset; null when none.</summary>
    public static (string Term, int Index)? FirstIn(string text)
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
                var word = text.AsSpan(start, i - start);
                if (IsDrugLike(word))
                {
                    return (word.ToString(), start);
                }

                // Vitamins are named by a letter: "vitamin D", "vitamin B12".
                if (word.Equals("vitamin", StringComparison.OrdinalIgnoreCase) && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
                {
                    var end = i + 2;
                    while (end < text.Length && char.IsDigit(text[end]))
                    {
                        end++;
                    }

                    return (text[start..end], start);
                }

                start = -1;
            }
        }

        return null;
    }

    /// <summary>Whether one word is drug-like ("inhaled" is not, "enoxaparin" is).</summary>
    public static bool IsDrugWord(string word) => IsDrugLike(word);

    /// <summary>The drug-like word in a phrase, or null.</summary>
    public static string? DrugIn(string phrase) => FirstIn(phrase)?.Term;

    private static bool IsDrugLike(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        if (NameLookup.Contains(word))
        {
            return true;
        }

        // Most words end in a letter no stem ends in; no other character equals these ASCII letters ignoring case.
        if (!StemEnds.Contains(char.ToLowerInvariant(word[^1])))
        {
            return false;
        }

        foreach (var stem in Stems)
        {
            if (word.Length >= stem.Length + 3 && word.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
