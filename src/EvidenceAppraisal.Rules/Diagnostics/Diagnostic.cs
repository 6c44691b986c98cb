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

/// <summary>
/// The stable diagnostic codes. EA1xxx: YAML; EA2xxx: rule structure and rule-set checks; EA3xxx: expressions
/// and templates; EA4xxx: profiles and paths; EA5xxx: running. A code, once published, keeps its meaning.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "EA1001";
    public const string UnknownKey = "EA1002";
    public const string AnchorsNotAllowed = "EA1003";
    public const string WrongType = "EA1004";
    public const string MissingKey = "EA1005";
    public const string FileTooLarge = "EA1006";
    public const string YamlTooDeep = "EA1007";
    public const string DuplicateRuleId = "EA2001";
    public const string BadSeverity = "EA2002";
    public const string BadValue = "EA2003";
    public const string MissingTest = "EA2004";
    public const string UnknownRule = "EA2005";
    public const string SupersedesCycle = "EA2006";
    public const string CannotFire = "EA2007";
    public const string PackMismatch = "EA2008";
    public const string TooManyRules = "EA2009";
    public const string OneSidedTests = "EA2010";
    public const string Deprecated = "EA2011";
    public const string TooManyPatterns = "EA2012";
    public const string ExpressionSyntax = "EA3001";
    public const string UnknownFact = "EA3002";
    public const string UnknownName = "EA3003";
    public const string UnknownMember = "EA3004";
    public const string NotAllowed = "EA3005";
    public const string ExpressionTooLong = "EA3006";
    public const string UnknownParam = "EA3007";
    public const string TemplateError = "EA3008";
    public const string ExpressionTooDeep = "EA3009";
    public const string ParamType = "EA3010";
    public const string PathOutsideFolder = "EA4001";
    public const string PathNotFound = "EA4002";
    public const string UnknownPack = "EA4003";
    public const string ProfileCycle = "EA4004";
    public const string IncludeMatchesNothing = "EA4005";
    public const string TooManyFirings = "EA5001";

    /// <summary>One line per code for documentation and <c>rules</c> help: code, default level, meaning.</summary>
    public static IReadOnlyList<(string Code, string Level, string Meaning)> All { get; } =
    [
        (YamlSyntax, "error", "the file is not valid YAML"),
        (UnknownKey, "error", "a key the schema does not define (with the closest known key)"),
        (AnchorsNotAllowed, "error", "YAML anchors and aliases are refused"),
        (WrongType, "error", "a value of the wrong shape (list, mapping, number, single value)"),
        (MissingKey, "error", "a required key is missing"),
        (FileTooLarge, "error", "a rule or profile file over 2 MB"),
        (YamlTooDeep, "error", "YAML nested deeper than 64 levels"),
        (DuplicateRuleId, "error", "two rules share an id"),
        (BadSeverity, "error", "severity is not info, minor, major or critical"),
        (BadValue, "error", "a value outside its allowed set (status, expect, checklist answer, name already bound, ...)"),
        (MissingTest, "error", "a rule has no inline tests (rules validate)"),
        (UnknownRule, "error/warning", "a profile, supersedes or replacedBy names a rule no loaded pack defines (warning for supersedes and replacedBy)"),
        (SupersedesCycle, "error", "rules supersede each other in a cycle"),
        (CannotFire, "error", "a rule can never fire (contradictory conditions, impossible count) or does not compile"),
        (PackMismatch, "error", "a file's 'pack' differs from its folder"),
        (TooManyRules, "error", "more than 20,000 rules in one set"),
        (OneSidedTests, "warning", "a rule has no 'fires' test or no 'silent' test (rules validate; error with --strict)"),
        (Deprecated, "warning", "a deprecated rule is loaded (names its replacement)"),
        (TooManyPatterns, "error", "more than 8 patterns in one rule"),
        (ExpressionSyntax, "error", "a 'where' expression does not parse"),
        (UnknownFact, "error", "an unknown fact alias"),
        (UnknownName, "error", "a name not bound with 'as' before it is used"),
        (UnknownMember, "error", "a member the fact does not have (with the closest member)"),
        (NotAllowed, "error", "a type, member or construct outside the allow-list"),
        (ExpressionTooLong, "error", "an expression over 2,000 characters or a text literal over 1,000"),
        (UnknownParam, "error", "a parameter the rule does not declare"),
        (TemplateError, "error", "a message, question, advice, why or evidence names something the rule does not bind"),
        (ExpressionTooDeep, "error", "an expression nested deeper than 32 levels or with more than 500 nodes"),
        (ParamType, "error", "a profile gives a parameter a value of another type than its default"),
        (PathOutsideFolder, "error", "a profile path leaves the profile's folder (.., absolute path, symlink)"),
        (PathNotFound, "error", "a file or folder that does not exist"),
        (UnknownPack, "error", "a profile names a pack that is not shipped"),
        (ProfileCycle, "error", "profiles extend each other in a cycle"),
        (IncludeMatchesNothing, "warning", "a profile's include pattern matches no file"),
        (TooManyFirings, "error", "one document made the rules fire more than 10,000 times (the session is stopped)"),
    ];
}

/// <summary>Rules could not be loaded or compiled; carries every diagnostic found.</summary>
public sealed class RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count == 0 ? "invalid rule set" : diagnostics[0].ToString())
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
