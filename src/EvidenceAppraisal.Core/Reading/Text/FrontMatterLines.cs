using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading.Text;

/// <summary>
/// The lines between a page's title and its abstract: author lists ("Jane Smith 1 2, John Doe 3",
/// "Jane Smith, MD, PhD; John Doe, MSc") and affiliations ("1 Department of Medicine, ..."). Judged only
/// there: a line of the abstract never has these shapes, and the front matter ends at the first that is neither.
/// </summary>
internal static partial class FrontMatterLines
{
    private static readonly HashSet<string> Degrees = new(StringComparer.OrdinalIgnoreCase)
    {
        "MD", "PhD", "MSc", "MS", "MA", "MPH", "MBBS", "BSc", "BS", "BA", "RN", "DO", "PharmD", "DrPH", "MBChB", "FRCP", "FRCPC", "FRACP",
        "FACP", "FRCS", "MRCP", "DPhil", "DSc", "MB", "ChB", "BM", "BCh", "NP", "PA", "MHS", "MSCE", "MMed", "MPhil", "FAAP", "FACC",
        "FAHA", "FACS", "FESC", "FCCP", "MBA", "MSN", "BSN", "DNP", "PT", "OT", "DDS", "DMD", "Jr", "Sr", "II", "III", "Prof", "Dr",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "dos", "das", "do", "ten", "ter", "bin", "ibn", "al", "el", "y", "e",
    };

    /// <summary>Reads an author list; true (with the names) when every part of the line is a name.</summary>
    public static bool TryReadAuthors(string line, out IReadOnlyList<string> authors)
    {
        authors = [];
        if (line.Length > 2000 || line.EndsWith('.') && !InitialAtEnd().IsMatch(line))
        {
            return false;
        }

        var names = new List<string>();
        // Affiliation markers ("Smith 1 2", "Smith1,2", "Smith*†") vanish; the commas between them leave empty parts.
        var unmarked = Markers().Replace(line, " ");
        foreach (var raw in Separators().Split(unmarked))
        {
            var part = raw.Trim();
            if (part.Length == 0 || IsDegree(part))
            {
                continue;
            }

            if (!IsName(part) && !IsGroup(part))
            {
                return false;
            }

            names.Add(part);
        }

        authors = names;
        return names.Count > 0;
    }

    /// <summary>An affiliation line: a marker, then an institution word ("2 Department of ...", "University of ...").</summary>
    public static bool IsAffiliation(string line) =>
        line.Length <= 400 && !SentenceBreak().IsMatch(line) && (Affiliation().IsMatch(line) || line.Length < 200 && Email().IsMatch(line));

    private static bool IsDegree(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Degrees.Contains(w.TrimEnd('.')));

    /// <summary>Two to five words, each a capitalised name, an initial ("J", "J.", "JA") or a particle ("van", "de").</summary>
    private static bool IsName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || Particles.Contains(words[0]) && words.Length == 1)
        {
            return false;
        }

        var longWords = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (!NameWord().IsMatch(word))
            {
                return false;
            }

            longWords += word.Count(char.IsLetter) > 1 && word.Any(char.IsLower) ? 1 : 0;
        }

        return longWords >= 1;
    }

    /// <summary>A collective author: "for the HEAT Investigators", "ABC Study Group".</summary>
    private static bool IsGroup(string part) => part.Split(' ').Length <= 12 && Group().IsMatch(part);

    [GeneratedRegex(@"[\d*†‡§¶#]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Markers();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*\.?|\p{Lu}{1,3}\.?(?:-?\p{Lu}\.?)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b\p{Lu}\.$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InitialAtEnd();

    [GeneratedRegex(@"^(?:(?:for|on behalf of)\s+(?:the\s+)?)?[\p{Lu}\d][\w\-]*(?:\s+[\p{Lu}\d(][\w\-()]*)*\s+(?:Investigators|Group|Collaborators|Consortium|Committee|Network|Collaboration|Team|Collaborative|Trialists)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Group();

    /// <summary>"Department of X, ...", or a marker and an institution word with a comma after ("2 Mayo Clinic, Rochester").</summary>
    [GeneratedRegex(@"^(?:[\d*†‡§¶#]{1,3}\s*)?(?:Department|Dept\.?|Division|Section|Unit|Laborator(?:y|ies)|Institute|Institut|Instituto|Istituto|Universit\w*|Hospital|School|Faculty|Facultad|College|Cent(?:er|re)|Centro|Clinic|Academy|Graduate School)\s+(?:of|for|de|di|du|für|and|d')\b.*,|^[\d*†‡§¶#]{1,3}\s*\S.*\b(?:Department|Division|Institute|Universit\w*|Hospital|School|Faculty|College|Cent(?:er|re)|Clinic|Laboratory)\b.*,",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Affiliation();

    /// <summary>An affiliation is one sentence at most; prose has a full stop followed by another sentence.</summary>
    [GeneratedRegex(@"[a-z]{2}\.\s+[A-Z][a-z]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();
}
