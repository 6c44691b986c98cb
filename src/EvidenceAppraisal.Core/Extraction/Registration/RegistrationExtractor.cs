using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Registration;

/// <summary>
/// Finds trial and review registry ids in the title and text (ClinicalTrials.gov NCT, ISRCTN, ANZCTR ACTRN, ChiCTR,
/// DRKS, EudraCT, CTRI, JPRN/UMIN/jRCT, IRCT, NTR/NL, CRiS KCT, PACTR, SANCTR, TCTR, ReBEC, SLCTR, PROSPERO CRD)
/// and names the registry of each; ids the record's metadata lists are added when the text does not state them.
/// </summary>
public sealed partial class RegistrationExtractor : IFactExtractor
{
    private static readonly (string Prefix, string Registry)[] Registries =
    [
        ("NCT", "ClinicalTrials.gov"), ("ISRCTN", "ISRCTN"), ("ACTRN", "ANZCTR"), ("ChiCTR", "ChiCTR"), ("ChiMCTR", "ChiMCTR"),
        ("DRKS", "DRKS"), ("CTRI", "CTRI"), ("UMIN", "UMIN-CTR (JPRN)"), ("JPRN", "JPRN"), ("jRCT", "jRCT (JPRN)"),
        ("IRCT", "IRCT"), ("NTR", "Netherlands Trial Register"), ("NL", "Netherlands Trial Register"), ("KCT", "CRiS"),
        ("PACTR", "PACTR"), ("CRD", "PROSPERO"), ("EudraCT", "EudraCT"), ("TCTR", "TCTR"), ("RBR", "ReBEC"),
        ("SLCTR", "SLCTR"), ("DOH", "SANCTR"),
    ];

    [GeneratedRegex(@"\b(?:NCT[\s-]?\d{8}|ISRCTN[\s-]?\d{8}|ACTRN[\s-]?\d{14}|ChiCTR[-\s]?(?:[A-Z]{2,4}-?)?\d{8,10}|ChiMCTR\d{10}|DRKS[\s-]?\d{8}|CTRI/\d{4}/\d{2,3}/\d{6}|UMIN[\s-]?(?:CTR[\s-]?)?\d{9}|JPRN-[A-Za-z]+\d{6,10}|jRCT[a-z]?\d{10}|IRCT\d{8,14}N\d{1,3}|IRCT\d{10,}|NTR[\s-]?\d{3,5}|NL[\s-]?\d{4,5}|KCT\d{7}|PACTR\d{15}|CRD[\s-]?\d{11}|TCTR\d{11}|RBR-\w{6,8}|SLCTR/\d{4}/\d{3}|DOH-\d{2}-\d{4}-\d{4})\b|(?<eudract>\bEudraCT(?:\s+(?:number|No\.?|identifier))?:?\s*\d{4}-\d{6}-\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RegistryIdPattern();

    private static readonly CueSet Set = new();

    private static readonly Cue RegistryId = Set.Add(RegistryIdPattern(), "nct*|isrctn*|actrn*|chictr*|chimctr*|drks*|ctri|umin*|jprn|jrct*|irct*|ntr*|nl*|kct*|pactr*|crd*|tctr*|rbr|slctr|doh|eudract");

    [GeneratedRegex(@"\d{4}-\d{6}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EudraCtNumber();

    /// <summary>Prefixes whose canonical id has no separator after them ("NTR-2051" is NTR2051).</summary>
    [GeneratedRegex(@"^(NCT|ISRCTN|ACTRN|DRKS|NTR|NL|CRD|UMIN)[\s-]+(?:CTR[\s-]?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeparatedPrefix();

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = -1; i < document.Sentences.Count; i++)
        {
            var text = i < 0 ? document.Title : document.Sentences[i].Text;
            var start = i < 0 ? document.TitleSpan.Start : document.Sentences[i].Span.Start;
            foreach (Match m in RegistryId.Matches(text, context.CueMask(Set, i)))
            {
                var id = Normalise(m.Value);
                if (seen.Add(id))
                {
                    context.Add(new RegistrationFact(new Documents.Span(start + m.Index, m.Length), text, i) { Id = id, Registry = RegistryOf(id) });
                }
            }
        }

        foreach (var id in document.Metadata.RegistryIds)
        {
            var normal = Normalise(id);
            if (seen.Add(normal))
            {
                context.Add(new RegistrationFact(document.TitleSpan, document.Title, -1) { Id = normal, Registry = RegistryOf(normal), FromMetadata = true });
            }
        }
    }

    /// <summary>The id in its registry's canonical form: spacing removed, "NTR-2051" as NTR2051, an EudraCT number as "EudraCT 2004-000123-45".</summary>
    public static string Normalise(string raw)
    {
        var text = raw.Trim();
        if (text.StartsWith("EudraCT", StringComparison.OrdinalIgnoreCase))
        {
            return "EudraCT " + EudraCtNumber().Match(text).Value;
        }

        var prefix = SeparatedPrefix().Match(text);
        if (prefix.Success)
        {
            text = prefix.Groups[1].Value + text[prefix.Length..];
        }

        return text.Replace(" ", "", StringComparison.Ordinal);
    }

    public static string RegistryOf(string id) =>
        Registries.Where(r => id.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase)).OrderByDescending(r => r.Prefix.Length).Select(r => r.Registry).FirstOrDefault() ?? "unknown registry";
}
