using System.Text.RegularExpressions;
using EvidenceAppraisal.Limits;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Diagnostics;

namespace EvidenceAppraisal.Cli.Infrastructure;

/// <summary>A problem the user can act on; printed as one line (plus diagnostics), never a stack trace.</summary>
internal sealed class UserException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>The process exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int BadRules = 3;
    public const int BadTemplate = 4;
    public const int OutputFailed = 5;
    public const int BadUsage = 64;
}

/// <summary>Maps every expected failure to a message and an exit code.</summary>
internal static class UserErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case UserException user:
                error.WriteLine($"error: {user.Message}");
                return user.ExitCode;
            case InputException input:
                error.WriteLine($"error: {input.Error}");
                return ExitCodes.BadInput;
            case RuleSetException rules:
                foreach (var diagnostic in rules.Diagnostics.Where(d => d.IsError))
                {
                    error.WriteLine(diagnostic.ToDisplayString());
                }

                error.WriteLine($"error: the rule set has {rules.Diagnostics.Count(d => d.IsError)} error(s)");
                return ExitCodes.BadRules;
            case TemplateException template:
                error.WriteLine($"error: {template.Message}");
                return ExitCodes.BadTemplate;
            case ReportTooLargeException tooLarge:
                error.WriteLine($"error: {tooLarge.Message}");
                return ExitCodes.BadInput;
            case LimitSettingException setting:
                error.WriteLine($"error: {setting.Message}");
                return ExitCodes.BadUsage;
            case RegexMatchTimeoutException:
                // The stages turn a pattern's timeout into a note or a read error; this is the net under them.
                error.WriteLine("error: the input is too long or too repetitive to process in time; is it an abstract?");
                return ExitCodes.BadInput;
            case UnauthorizedAccessException or IOException:
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.OutputFailed;
            case Spectre.Console.Cli.CommandParseException or Spectre.Console.Cli.CommandRuntimeException:
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.BadUsage;
            default:
                return -1;
        }
    }
}
