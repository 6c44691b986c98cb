namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>A client's file name is untrusted: shown only as a short printable name, reused only as a safe stem.</summary>
internal static class FileNames
{
    public static string Display(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        var printable = new string(name.Where(c => !char.IsControl(c)).Take(80).ToArray());
        return printable.Length == 0 ? "uploaded file" : printable;
    }

    /// <summary>Letters, digits, '-' and '_' only, extensions removed; "appraisal" when nothing is left.</summary>
    public static string Stem(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        var safe = new string(stem.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60).ToArray());
        return safe.Length == 0 ? "appraisal" : safe;
    }
}
