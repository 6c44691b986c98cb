namespace EvidenceAppraisal.Extraction.Document;

/// <summary>Names for the ISO 639-2 codes PubMed uses in its Language field.</summary>
public static class Languages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = "English", ["chi"] = "Chinese", ["zho"] = "Chinese", ["ger"] = "German", ["deu"] = "German", ["fre"] = "French", ["fra"] = "French",
        ["spa"] = "Spanish", ["jpn"] = "Japanese", ["rus"] = "Russian", ["por"] = "Portuguese", ["ita"] = "Italian", ["pol"] = "Polish",
        ["kor"] = "Korean", ["dut"] = "Dutch", ["nld"] = "Dutch", ["tur"] = "Turkish", ["cze"] = "Czech", ["ces"] = "Czech", ["hun"] = "Hungarian",
        ["swe"] = "Swedish", ["nor"] = "Norwegian", ["dan"] = "Danish", ["per"] = "Persian", ["fas"] = "Persian", ["ara"] = "Arabic",
        ["heb"] = "Hebrew", ["fin"] = "Finnish", ["gre"] = "Greek", ["ell"] = "Greek", ["ukr"] = "Ukrainian", ["slv"] = "Slovenian",
        ["hrv"] = "Croatian", ["srp"] = "Serbian", ["rum"] = "Romanian", ["ron"] = "Romanian", ["bul"] = "Bulgarian", ["lit"] = "Lithuanian",
    };

    public static string? NameOf(string? code) => code is null ? null : Names.GetValueOrDefault(code) ?? code;
}
