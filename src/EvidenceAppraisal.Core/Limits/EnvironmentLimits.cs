using System.Globalization;

namespace EvidenceAppraisal.Limits;

/// <summary>A limit set in the environment is not a positive whole number.</summary>
public sealed class LimitSettingException(string message) : Exception(message);

/// <summary>
/// Reads a limit from an environment variable (<c>EVIDENCE_APPRAISAL_MAX_...</c>), so that every program that
/// appraises (command line, batch, web) can be given other limits without a new option on each command.
/// </summary>
public static class EnvironmentLimits
{
    public const string Prefix = "EVIDENCE_APPRAISAL_";

    public static int Int(string name, int fallback) => (int)Long(name, fallback, int.MaxValue);

    public static long Long(string name, long fallback, long max = long.MaxValue)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return long.TryParse(text.Trim().Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max
            ? value
            : throw new LimitSettingException($"{name}='{text}' is not a whole number from 1 to {max:N0}");
    }
}
