using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>A profile's report title and logo; the logo becomes a <c>data:</c> URI so every report stays one self-contained file.</summary>
internal static class Branding
{
    public const int MaxLogoBytes = 1024 * 1024;

    public static BrandingView? From(ReportBranding branding)
    {
        if (branding.Title is null && branding.LogoPath is null)
        {
            return null;
        }

        return new BrandingView(branding.Title, branding.LogoPath is null ? null : LogoDataUri(branding.LogoPath));
    }

    public static string LogoDataUri(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new TemplateException($"{path}: logo not found");
        }

        if (info.Length > MaxLogoBytes)
        {
            throw new TemplateException($"{path}: logo is {info.Length:N0} bytes; the limit is {MaxLogoBytes:N0}");
        }

        var bytes = File.ReadAllBytes(path);
        var type = MediaType(bytes) ?? throw new TemplateException($"{path}: logo is not a PNG, JPEG or SVG image");
        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }

    /// <summary>The media type from the file's first bytes, never from its name.</summary>
    private static string? MediaType(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return (head.StartsWith("<svg", StringComparison.Ordinal) || head.StartsWith("<?xml", StringComparison.Ordinal)) && head.Contains("<svg", StringComparison.Ordinal)
            ? "image/svg+xml"
            : null;
    }
}
