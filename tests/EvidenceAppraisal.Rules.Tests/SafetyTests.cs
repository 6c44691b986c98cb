using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>A rule or profile file comes from whoever edits it: each escape it could try ends in a diagnostic.</summary>
public class SafetyTests
{
    private static IReadOnlyList<Diagnostic> Where(RuleFiles files, string expression)
    {
        files.Rule($"""
                  - fact: design
                    where: '{expression}'
            """);
        return files.Diagnostics();
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("System.IO.Directory.GetFiles(\"/\").Length > 0")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\") != null")]
    [InlineData("Process.Start(\"sh\") != null")]
    [InlineData("Kind.GetType().Assembly != null")]
    [InlineData("Kind.GetType().GetMethod(\"Clone\") != null")]
    [InlineData("typeof(string).Assembly != null")]
    [InlineData("Type.GetType(\"System.Diagnostics.Process\") != null")]
    [InlineData("Activator.CreateInstance(\"x\", \"y\") != null")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]
    [InlineData("Environment.Exit(1) == null")]
    [InlineData("AppDomain.CurrentDomain != null")]
    [InlineData("Span.GetType() != null")]
    [InlineData("Cues.GetType().Name != \"\"")]
    public void No_expression_reaches_outside_the_allow_list(string expression)
    {
        using var files = new RuleFiles();
        var diagnostics = Where(files, expression);
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.IsError && (d.Code == DiagnosticCodes.NotAllowed || d.Code == DiagnosticCodes.UnknownName || d.Code == DiagnosticCodes.ExpressionSyntax));
    }

    [Theory]
    [InlineData("new string(\"x\"[0], 1000000000).Length > 0")]
    [InlineData("string.Join(\",\", Enumerable.Repeat(\"x\", 1000000000)).Length > 0")]
    [InlineData("Enumerable.Range(0, 2147483647).Count() > 0")]
    [InlineData("Kind.PadLeft(1000000000).Length > 0")]
    [InlineData("Kind.Replace(\"a\", Kind + Kind + Kind).Length > 0")]
    [InlineData("new[] { 1, 2 }.Length > 0")]
    [InlineData("Cues.Select(c => c + c).Count() > 0")]
    [InlineData("Cues.ToList().Count > 0")]
    public void No_expression_allocates_or_loops_without_bound(string expression)
    {
        using var files = new RuleFiles();
        var diagnostics = Where(files, expression);
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.IsError);
    }

    [Fact]
    public void A_huge_text_literal_is_refused()
    {
        using var files = new RuleFiles();
        Where(files, $"Kind == \"{new string('x', 1500)}\"").ShouldContain(d => d.Code == DiagnosticCodes.ExpressionTooLong);
    }

    [Fact]
    public void A_huge_expression_is_refused()
    {
        using var files = new RuleFiles();
        Where(files, string.Join(" || ", Enumerable.Repeat("Kind == \"a\"", 300))).ShouldContain(d => d.Code == DiagnosticCodes.ExpressionTooLong);
    }

    [Theory]
    [InlineData(40, "(", ")")]
    [InlineData(40, "!", "")]
    [InlineData(40, "-", "")]
    public void Deep_nesting_is_refused_before_parsing(int depth, string open, string close)
    {
        using var files = new RuleFiles();
        var inner = open == "(" ? "Confidence > 0" : "(Confidence > 0)";
        var expression = open == "-" ? $"{string.Concat(Enumerable.Repeat("-", depth))}Confidence < 0" : string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));
        var diagnostic = Where(files, expression).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.ExpressionTooDeep);
    }

    [Fact]
    public void Many_parts_are_refused_even_when_short()
    {
        using var files = new RuleFiles();
        // Under the length limit and with no brackets, but well over the node budget.
        var expression = string.Join("||", Enumerable.Repeat("Confidence>1", 120));
        Where(files, expression).ShouldContain(d => d.Code == DiagnosticCodes.ExpressionTooDeep);
    }

    [Fact]
    public void Yaml_anchors_and_aliases_are_refused()
    {
        using var files = new RuleFiles();
        files.Write("local/rule.yaml", """
            pack: local
            version: 1.0.0
            defaults: &d { severity: major }
            rules: []
            """);
        var diagnostic = files.Diagnostics().ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.AnchorsNotAllowed);
        diagnostic.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused()
    {
        using var files = new RuleFiles();
        files.Write("local/rule.yaml", "pack: local\nversion: 1.0.0\nrules: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        files.Diagnostics().ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.YamlTooDeep);
    }

    [Fact]
    public void Too_many_patterns_in_one_rule_are_refused()
    {
        using var files = new RuleFiles();
        files.Rule(string.Concat(Enumerable.Range(0, 9).Select(i => $"      - fact: claim\n        as: c{i}\n")).TrimEnd('\n'));
        files.Diagnostics().ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TooManyPatterns);
    }

    [Fact]
    public void A_rule_that_fires_without_bound_stops_the_session_with_a_diagnostic()
    {
        using var files = new RuleFiles();
        // Six unjoined sentence patterns: 12^6 combinations on a 12-sentence abstract.
        files.Rule(string.Concat(Enumerable.Range(0, 6).Select(i => $"      - fact: sentence\n        as: s{i}\n")).TrimEnd('\n'));
        var body = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Sentence number {i} is here."));
        var ex = Should.Throw<RuleSetException>(() => files.Compile().Appraise(RuleFiles.Facts(body)));
        ex.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TooManyFirings);
    }

    public static TheoryData<string, string> EscapingPaths => new()
    {
        { "logo", "../outside.svg" },
        { "logo", "/etc/passwd" },
        { "templates", "../" },
        { "templates", "/tmp" },
        { "include", "../*.yaml" },
        { "include", "/etc/*.yaml" },
        { "extends", "../other.yaml" },
    };

    [Theory]
    [MemberData(nameof(EscapingPaths))]
    public void Profile_paths_cannot_leave_the_profile_folder(string key, string value)
    {
        using var files = new RuleFiles();
        files.Write("outside.svg", "<svg/>");
        files.Write("other.yaml", "profile: other\n");
        var line = key is "logo" or "templates" ? $"report:\n  {key}: {value}" : key == "include" ? $"include: [\"{value}\"]" : $"extends: {value}";
        var profile = files.Write("p/profile.yaml", $"profile: test\n{line}\n");
        var diagnostic = RuleSetLoader.Load(RuleFiles.ShippedRules, profile).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.PathOutsideFolder);
        diagnostic.Location.Line.ShouldBe(key is "logo" or "templates" ? 3 : 2);
    }

    [Theory]
    [InlineData("logo")]
    [InlineData("templates")]
    [InlineData("include")]
    public void Profile_paths_cannot_leave_by_symlink(string key)
    {
        using var files = new RuleFiles();
        var outside = Path.Combine(files.Root, "outside");
        files.Write("outside/logo.svg", "<svg/>");
        files.Write("outside/rules.yaml", "pack: x\nversion: 1.0.0\nrules: []\n");
        Directory.CreateDirectory(Path.Combine(files.Root, "p"));
        Directory.CreateSymbolicLink(Path.Combine(files.Root, "p", "linked"), outside);
        var line = key switch
        {
            "logo" => "report:\n  logo: linked/logo.svg",
            "templates" => "report:\n  templates: linked",
            _ => "include: [linked/*.yaml]",
        };
        var profile = files.Write("p/profile.yaml", $"profile: test\n{line}\n");
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules, profile);
        loaded.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.PathOutsideFolder);
        loaded.Profile.Report.LogoPath.ShouldBeNull();
        loaded.Profile.Report.TemplatesFolder.ShouldBeNull();
        loaded.Profile.IncludedFiles.ShouldBeEmpty();
    }
}
