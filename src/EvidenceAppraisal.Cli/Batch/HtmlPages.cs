using System.Security.Cryptography;
using System.Text;
using EvidenceAppraisal.Cli.Infrastructure;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>Per-record HTML reports under <c>html/</c>: a file name from the record's key, written whole or not at all.</summary>
internal static class HtmlPages
{
    /// <summary>
    /// A safe file name for a key: letters, digits, '-' and '_' kept, anything else made '_'; a key that had to
    /// change gets a short hash of itself, so two keys never share a page.
    /// </summary>
    public static string FileName(string key)
    {
        var safe = string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        if (safe.Length > 80)
        {
            safe = safe[^80..];
        }

        return (safe == key ? safe : $"{safe}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10]}") + ".html";
    }

    /// <summary>Writes to a temporary file beside the page and renames it into place: a reader never sees half a page.</summary>
    public static void Write(string folder, string key, string html)
    {
        var path = Path.Combine(folder, FileName(key));
        var temp = path + $".{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            OutputFiles.Guard(temp, () => File.WriteAllText(temp, html, new UTF8Encoding(false)));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // gone after the move; half a page after a failed write
        }
    }
}
