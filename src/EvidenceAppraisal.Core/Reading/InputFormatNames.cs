namespace EvidenceAppraisal.Reading;

/// <summary>The names a user types for a format (<c>--format</c>, the web form): one table for every front end.</summary>
public static class InputFormatNames
{
    /// <summary>The canonical names, for help texts and error messages.</summary>
    public const string Listed = "text, html, pubmed-xml, medline, ris, jsonl";

    /// <summary>Parses a format name; null, empty and <c>auto</c> mean detect. False for a name no format has.</summary>
    public static bool TryParse(string? name, out InputFormat format)
    {
        InputFormat? parsed = name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => InputFormat.Auto,
            "text" or "txt" => InputFormat.Text,
            "html" => InputFormat.Html,
            "pubmed-xml" or "xml" or "pubmed" => InputFormat.PubMedXml,
            "medline" or "nbib" => InputFormat.Medline,
            "ris" => InputFormat.Ris,
            "jsonl" or "json-lines" => InputFormat.JsonLines,
            _ => null,
        };
        format = parsed ?? InputFormat.Auto;
        return parsed is not null;
    }
}
