namespace EvidenceAppraisal.Tests.Support;

/// <summary>Paths the reporting tests use besides the shared ones.</summary>
internal static partial class Repo
{
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
}
