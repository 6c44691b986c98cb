using EvidenceAppraisal.Limits;

namespace EvidenceAppraisal.Reporting;

/// <summary>A report would be larger than its limit: the input is too large for one report, or a template loops too far.</summary>
public sealed class ReportTooLargeException(string message) : Exception(message);

/// <summary>
/// How large one report may grow, so no input or template can fill memory or disk:
/// <c>EVIDENCE_APPRAISAL_MAX_REPORT_CHARS</c> (HTML and Markdown, default 20,000,000 characters) and
/// <c>EVIDENCE_APPRAISAL_MAX_PDF_PAGES</c> (default 1,000 pages) override the defaults.
/// </summary>
public static class ReportLimits
{
    public const string MaxReportCharsVariable = EnvironmentLimits.Prefix + "MAX_REPORT_CHARS";
    public const string MaxPdfPagesVariable = EnvironmentLimits.Prefix + "MAX_PDF_PAGES";

    public static int MaxReportChars => EnvironmentLimits.Int(MaxReportCharsVariable, 20_000_000);

    public static int MaxPdfPages => EnvironmentLimits.Int(MaxPdfPagesVariable, 1_000);
}
