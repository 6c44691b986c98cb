using System.Globalization;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>The OCEBM 2011 levels for a treatment question as a pyramid, strongest tier first, marking the level a rule assigned.</summary>
internal static class EvidencePyramid
{
    public const string Scale = "OCEBM 2011 (treatment benefits)";

    private static readonly string[] Labels =
    [
        "Systematic review of randomised trials",
        "Randomised trial",
        "Non-randomised controlled cohort",
        "Case series, case-control",
        "Mechanism-based reasoning",
    ];

    public static int TierCount => Labels.Length;

    public static PyramidView Build(string? level)
    {
        var marked = Tier(level);
        return new PyramidView(Scale, Labels.Select((label, i) => new PyramidTierView(i + 1, label, marked == i + 1)).ToList(), marked);
    }

    /// <summary>The tier a level names by its leading digit ("2", "3b", "2 (downgraded)"), or null.</summary>
    public static int? Tier(string? level)
    {
        if (level is null)
        {
            return null;
        }

        var digits = new string(level.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var tier) && tier >= 1 && tier <= Labels.Length ? tier : null;
    }

    public static string? Label(int? tier) => tier is { } t ? Labels[t - 1] : null;
}
