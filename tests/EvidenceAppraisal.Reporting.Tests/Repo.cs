namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>Paths in the repository, found from the test binary upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Seed => Path.Combine(Root, "seeds", "heparin-sepsis.txt");

    /// <summary>A randomised-trial abstract written for these tests (invented trial, invented numbers).</summary>
    public static string TrialAbstract => Path.Combine(Root, "tests", "EvidenceAppraisal.Reporting.Tests", "Abstracts", "early-mobilisation-rct.txt");

    public static string ReportSchema => Path.Combine(Root, "schema", "report.schema.json");

    /// <summary>A fresh folder under the system's temporary folder.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ea-reporting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvidenceAppraisal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
