namespace EvidenceAppraisal.Web.Hosting;

/// <summary>Text a client sent, echoed in an error message: printable, and short.</summary>
internal static class ClientText
{
    public const int MaxEcho = 60;

    public static string Shorten(string value)
    {
        var printable = new string(value.Where(c => !char.IsControl(c)).Take(MaxEcho).ToArray());
        return value.Length > MaxEcho ? printable + "…" : printable;
    }
}
