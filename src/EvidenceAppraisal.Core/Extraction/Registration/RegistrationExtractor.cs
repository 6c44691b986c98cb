using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Registration;

/// <summary>Finds registry ids (NCT, ISRCTN, ACTRN, ChiCTR, DRKS, EudraCT, CTRI, UMIN/JPRN, IRCT, NTR, KCT, PACTR, PROSPERO CRD).</summary>
public sealed partial class RegistrationExtractor : IFactExtractor
{
    private static readonly (string Prefix, string Registry)[] Registries =
    [
        ("NCT", "ClinicalTrials.gov"), ("ISRCTN", "ISRCTN"), ("ACTRN", "ANZCTR"), ("ChiCTR", "ChiCTR"), ("DRKS", "DRKS"),
        ("CTRI", "CTRI"), ("UMIN", "UMIN-CTR"), ("JPRN", "JPRN"), ("IRCT", "IRCT"), ("NTR", "Netherlands Trial Register"),
        ("NL", "Netherlands Trial Register"), ("KCT", "CRIS"), ("PACTR", "PACTR"), ("CRD", "PROSPERO"), ("EudraCT", "EudraCT"),
        ("jRCT", "jRCT"), ("TCTR", "TCTR"), ("RBR", "ReBEC"), ("SLCTR", "SLCTR"), ("ChiMCTR", "ChiMCTR"),
    ];

    [GeneratedRegex(@"\b(?:NCT\s?\d{8}|ISRCTN\s?\d{8}|ACTRN\s?\d{14}|ChiCTR[-\s]?(?:[A-Z]{2,4}-?)?\d{8,10}|ChiMCTR\d{10}|DRKS\s?\d{8}|CTRI/\d{4}/\d{2,3}/\d{6}|UMIN\s?\d{9}|JPRN-[A-Za-z]+\d{6,10}|jRCT[a-z]?\d{10}|IRCT\d{8,14}N\d{1,3}|IRCT\d{10,}|NTR\s?\d{3,5}|NL\d{4,5}|KCT\d{7}|PACTR\d{15}|CRD\s?\d{11}|TCTR\d{11}|RBR-\w{6,8}|SLCTR/\d{4}/\d{3})\b|(?<eudract>\b(?:EudraCT(?: number| No\.?)?:?\s*)\d{4}-\d{6}-\d{2})\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RegistryId();

    public void Extract(ExtractionContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in context.Document.Sentences)
        {
            foreach (Match m in RegistryId().Matches(sentence.Text))
            {
                var id = Normalise(m.Value);
                if (!seen.Add(id))
                {
                    continue;
                }

                var (span, quote, index) = context.At(sentence, m.Index, m.Length);
                context.Add(new RegistrationFact(span, quote, index) { Id = id, Registry = RegistryOf(id) });
            }
        }

        foreach (var id in context.Document.Metadata.RegistryIds)
        {
            var normal = Normalise(id);
            if (seen.Add(normal))
            {
                var document = context.Document;
                context.Add(new RegistrationFact(document.TitleSpan, document.Title, -1) { Id = normal, Registry = RegistryOf(normal), FromMetadata = true });
            }
        }
    }

    /// <summary>Spacing removed; an EudraCT number keeps only its digits.</summary>
    public static string Normalise(string raw)
    {
        var text = raw.Trim();
        if (text.StartsWith("EudraCT", StringComparison.OrdinalIgnoreCase))
        {
            var digits = Regex.Match(text, @"\d{4}-\d{6}-\d{2}", RegexOptions.None, TimeSpan.FromSeconds(1)).Value;
            return "EudraCT " + digits;
        }

        return text.Replace(" ", "", StringComparison.Ordinal);
    }

    private static string RegistryOf(string id) =>
        Registries.FirstOrDefault(r => id.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase)).Registry ?? "unknown registry";
}
