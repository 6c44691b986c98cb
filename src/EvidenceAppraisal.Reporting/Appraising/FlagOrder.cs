using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>
/// The order flags are read in: grouped by category, the group with the most serious flags first, and by
/// severity within a group. Numbers follow this order, so footnote markers count up through the report.
/// </summary>
internal static class FlagOrder
{
    public static IReadOnlyList<Flag> Arrange(IReadOnlyList<Flag> flags) =>
        flags.Select((flag, position) => (Flag: flag, Position: position))
            .GroupBy(x => x.Flag.Category, StringComparer.Ordinal)
            .Select(g => (Group: g, Top: g.Max(x => x.Flag.Severity)))
            .OrderByDescending(g => g.Top)
            .ThenByDescending(g => g.Group.Count(x => x.Flag.Severity == g.Top))
            .ThenBy(g => g.Group.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Group.OrderByDescending(x => x.Flag.Severity).ThenBy(x => x.Flag.Id, StringComparer.Ordinal).ThenBy(x => x.Position))
            .Select(x => x.Flag)
            .ToList();

    /// <summary>A category as a heading: known ones in plain words, others capitalised.</summary>
    public static string CategoryName(string category) => category switch
    {
        "claims" => "Claims",
        "design" => "Study design",
        "doubt" => "Doubt and controversy",
        "numbers" => "Missing numbers",
        "reporting" => "Reporting",
        _ => category.Length == 0 ? "Other" : char.ToUpperInvariant(category[0]) + category[1..].Replace('-', ' '),
    };

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();
}
