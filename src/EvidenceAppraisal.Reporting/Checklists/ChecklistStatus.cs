namespace EvidenceAppraisal.Reporting.Checklists;

/// <summary>
/// The answers a rule may give a checklist item (the rule language allows yes, no, unclear, partial, present,
/// absent, not-applicable), with the words every format shows for them.
/// </summary>
internal static class ChecklistStatus
{
    public const string NotAssessed = "Not assessed";

    /// <summary>The canonical status for an answer as a rule wrote it; unknown answers are kept, lower-cased.</summary>
    public static string Normalise(string answer)
    {
        var key = answer.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-').Replace("’", "'", StringComparison.Ordinal);
        return key switch
        {
            "present" or "reported" or "stated" => "present",
            "absent" or "missing" or "not-reported" or "not-stated" => "absent",
            "not-applicable" or "n/a" or "na" => "not-applicable",
            "partial" or "partly" => "partial",
            "yes" => "yes",
            "no" => "no",
            "can't-tell" or "cant-tell" or "cannot-tell" or "unclear" => "unclear",
            _ => key,
        };
    }

    public static string Label(string? status) => status switch
    {
        null => NotAssessed,
        "present" => "Present",
        "absent" => "Absent",
        "not-applicable" => "Not applicable",
        "partial" => "Partly",
        "yes" => "Yes",
        "no" => "No",
        // CASP's own words for an answer the abstract cannot settle.
        "unclear" => "Can't tell",
        _ => char.ToUpperInvariant(status[0]) + status[1..].Replace('-', ' '),
    };

    /// <summary>Which of two answers to keep when several flags answer one item: the more worrying one.</summary>
    public static int Concern(string status) => status switch
    {
        "absent" or "no" => 3,
        "unclear" or "partial" => 2,
        "present" or "yes" => 1,
        _ => 0,
    };
}
