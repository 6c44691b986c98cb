namespace EvidenceAppraisal.Reporting.Composition;

/// <summary>Where the shipped rule packs and templates are: beside the program.</summary>
public static class ProductPaths
{
    public static string Rules { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    public static string Templates { get; } = Path.Combine(AppContext.BaseDirectory, "templates");
}
