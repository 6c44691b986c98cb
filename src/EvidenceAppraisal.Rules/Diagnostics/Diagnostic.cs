using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Diagnostics;

/// <summary>A problem in a rule, pack or profile file, with a stable code and where it is.</summary>
public sealed record Diagnostic(string Code, string Message, SourceLocation Location, bool IsError = true)
{
    /// <summary><c>rules/core/claims.yaml(12,17): error EA3004: unknown member ...</c></summary>
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";

    /// <summary>The diagnostic, the offending line and a caret under its column, as a person wants to read it.</summary>
    public string ToDisplayString()
    {
        var text = ToString();
        if (Location.Line <= 0 || !File.Exists(Location.File))
        {
            return text;
        }

        try
        {
            var line = File.ReadLines(Location.File).Skip(Location.Line - 1).FirstOrDefault();
            if (line is null)
            {
                return text;
            }

            var caret = new string(' ', Math.Max(0, Math.Min(Location.Column - 1, line.Length))) + "^";
            return $"{text}\n    {line}\n    {caret}";
        }
        catch (IOException)
        {
            return text;
        }
    }
}

/// <summary>The stable diagnostic codes. EA1xxx: YAML; EA2xxx: rule structure; EA3xxx: expressions; EA4xxx: profiles and paths.</summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "EA1001";
    public const string UnknownKey = "EA1002";
    public const string AnchorsNotAllowed = "EA1003";
    public const string WrongType = "EA1004";
    public const string MissingKey = "EA1005";
    public const string FileTooLarge = "EA1006";
    public const string DuplicateRuleId = "EA2001";
    public const string BadSeverity = "EA2002";
    public const string BadValue = "EA2003";
    public const string MissingTest = "EA2004";
    public const string UnknownRule = "EA2005";
    public const string SupersedesCycle = "EA2006";
    public const string CannotFire = "EA2007";
    public const string PackMismatch = "EA2008";
    public const string TooManyRules = "EA2009";
    public const string ExpressionSyntax = "EA3001";
    public const string UnknownFact = "EA3002";
    public const string UnknownName = "EA3003";
    public const string UnknownMember = "EA3004";
    public const string NotAllowed = "EA3005";
    public const string ExpressionTooLong = "EA3006";
    public const string UnknownParam = "EA3007";
    public const string TemplateError = "EA3008";
    public const string PathOutsideFolder = "EA4001";
    public const string PathNotFound = "EA4002";
    public const string UnknownPack = "EA4003";
    public const string ProfileCycle = "EA4004";
}

/// <summary>Rules could not be loaded or compiled; carries every diagnostic found.</summary>
public sealed class RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count == 0 ? "invalid rule set" : diagnostics[0].ToString())
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
