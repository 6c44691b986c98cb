using FsCheck;
using FsCheck.Fluent;

namespace EvidenceAppraisal.Hardening.Tests.Properties;

/// <summary>Any text a user might paste, or not: FsCheck's own strings, and strings built from the pieces abstracts and formats are made of.</summary>
public sealed record AnyText(string Value)
{
    public override string ToString() => Value.Length > 300 ? $"[{Value.Length} chars] {Value[..300]}..." : Value;
}

/// <summary>Any bytes, to feed the decoder and the format detection.</summary>
public sealed record AnyBytes(byte[] Value)
{
    public override string ToString() => Convert.ToHexString(Value.AsSpan(0, Math.Min(Value.Length, 200)));
}

public static class TextGenerators
{
    /// <summary>Upper bound on the pieces in one generated text, so 200 cases stay fast on two cores.</summary>
    public const int MaxPieces = 120;

    private static readonly string[] Pieces =
    [
        "Heparin", "reduced", "28-day", "mortality", "in", "patients", "with", "sepsis", "may", "suggest", "placebo", "randomised",
        "randomized controlled trial", "meta-analysis", "cohort", "systematic review", "we searched MEDLINE", "a total of", "studies",
        "was associated with", "significantly", "no significant difference", "further studies are needed", "controversial",
        "BACKGROUND:", "METHODS:", "RESULTS:", "CONCLUSIONS:", "Objective:", "Aims:", "Similar articles", "Cite", "Abstract",
        "RR", "OR", "HR", "95% CI", "(95% CI 0.70 to 0.92)", "p < 0.05", "P = 0.001", "p<", "n = 120", "(NS)", "1.2 x 10-3",
        "NCT01234567", "ISRCTN12345678", "EudraCT 2010-012345-12", "PMID: 12345678", "doi:10.1000/xyz",
        ".", ". ", "?", "!", ",", ";", ":", "(", ")", "[", "]", "{", "}", "{{", "}}", "{%", "%}", "%", "/", "-", "–", "—", "·",
        "<", ">", "&", "&amp;", "<script>", "</script>", "\"", "'", "`", "*", "_", "#", "|", "\\", "~",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00A0", "\u200B", "\u00AD", "\uFEFF",
        "\u202E", "\u202C", "\u200F", "e\u0301", "\u0301\u0301\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
        "\U0001F600", "\uD800", "\uDC00", "\0", "\u0007", "\u001B[31m", "0", "1", "12", "0.05", "999999999999999999999", "-1", "1e308",
        "Ā", "ß", "İ", "ﬁ", "Ⅻ", "٣", "ＡＢＣ",
    ];

    /// <summary>Starts that make the format detector pick each reader.</summary>
    private static readonly string[] Starts =
    [
        "", "", "", "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>",
        "<!DOCTYPE html><html><head><title>", "<html><body><h1>", "PMID- 1\nTI  - ", "TY  - JOUR\nTI  - ", "{\"id\":\"1\",\"text\":\"",
    ];

    private static Gen<string> Built =>
        Gen.Elements(Starts).SelectMany(start =>
            Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces).SelectMany(p => Gen.Elements(" ", "", "\n").Select(sep => p + sep)), Math.Min(size, MaxPieces)))
                .Select(parts => start + string.Concat(parts)));

    private static Gen<string> Random => ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");

    public static Arbitrary<AnyText> AnyText() =>
        Gen.Frequency((3, Built), (1, Random), (1, Gen.Zip(Built, Random).Select(p => p.Item1 + p.Item2)))
            .Select(s => new AnyText(s))
            .ToArbitrary();

    public static Arbitrary<AnyBytes> AnyBytes() =>
        Gen.Frequency(
                (2, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])),
                (2, Built.Select(s => System.Text.Encoding.UTF8.GetBytes(s))),
                (1, Gen.Zip(Built, ArbMap.Default.GeneratorFor<byte[]>()).Select(p => System.Text.Encoding.UTF8.GetBytes(p.Item1).Concat(p.Item2 ?? []).ToArray())),
                (1, Built.Select(s => System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(s)).ToArray())))
            .Select(b => new AnyBytes(b))
            .ToArbitrary();
}
