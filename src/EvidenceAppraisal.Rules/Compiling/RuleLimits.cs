using EvidenceAppraisal.Limits;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// How large a rule set and its expressions may be. <see cref="Default"/> takes
/// <c>EVIDENCE_APPRAISAL_MAX_RULES</c> and <c>EVIDENCE_APPRAISAL_MAX_EXPRESSION_CHARS</c> from the environment when set.
/// </summary>
public sealed record RuleLimits
{
    public const string MaxRulesVariable = EnvironmentLimits.Prefix + "MAX_RULES";
    public const string MaxExpressionCharsVariable = EnvironmentLimits.Prefix + "MAX_EXPRESSION_CHARS";

    public static RuleLimits Default => new()
    {
        MaxRules = EnvironmentLimits.Int(MaxRulesVariable, 20_000),
        MaxExpressionChars = EnvironmentLimits.Int(MaxExpressionCharsVariable, 2_000),
    };

    /// <summary>Most rules in one compiled set (EA2009).</summary>
    public int MaxRules { get; init; } = 20_000;

    /// <summary>Longest <c>where</c> expression, in characters (EA3006).</summary>
    public int MaxExpressionChars { get; init; } = 2_000;
}
