using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Rules.Tests;

public class DiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Compile(RuleFiles files)
    {
        var loaded = RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]);
        return RuleSetCompiler.TryCompile(loaded).Diagnostics;
    }

    [Fact]
    public void Unknown_member_names_file_line_column_and_the_fact()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: design
                    where: Confidense > 0.5
            """);
        var diagnostic = Compile(files).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.UnknownMember);
        diagnostic.Message.ShouldBe("unknown member 'Confidense' on fact 'design'; did you mean 'Confidence'?");
        diagnostic.Location.File.ShouldEndWith("rule.yaml");
        diagnostic.Location.Line.ShouldBe(11);
        diagnostic.Location.Column.ShouldBe(16);
    }

    [Fact]
    public void Diagnostics_of_many_rules_come_in_rule_order_whatever_the_cores_translating_them()
    {
        // Rules are translated in parallel; what they report must read as if one by one, file order, every time.
        using var files = new RuleFiles();
        files.Pack(string.Concat(Enumerable.Range(0, 60).Select(i => $"""
              - id: T-{i:D3}
                title: Rule {i}
                category: test
                severity: minor
                when:
                  - fact: design
                    where: Confidense{i} > 0.5
                then:
                  message: "fired"

            """)));
        for (var round = 0; round < 3; round++)
        {
            var diagnostics = Compile(files);
            diagnostics.Count.ShouldBe(60);
            diagnostics.Select(d => d.Message).ShouldBe(Enumerable.Range(0, 60).Select(i => $"unknown member 'Confidense{i}' on fact 'design'; did you mean 'Confidence'?"));
            diagnostics.Select(d => d.Location.Line).ShouldBeInOrder(SortDirection.Ascending);
        }
    }

    [Fact]
    public void Unknown_fact_alias_is_reported()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: desing
            """);
        var diagnostic = Compile(files).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.UnknownFact);
        diagnostic.Message.ShouldContain("did you mean 'design'");
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\\\"/etc/passwd\\\")")]
    [InlineData("Kind.GetType().Assembly != null")]
    [InlineData("Type.GetType(\\\"System.Diagnostics.Process\\\") != null")]
    [InlineData("Activator.CreateInstance(\\\"x\\\", \\\"y\\\") != null")]
    [InlineData("Environment.GetEnvironmentVariable(\\\"HOME\\\") != null")]
    public void Expressions_cannot_reach_outside_the_allow_list(string expression)
    {
        using var files = new RuleFiles();
        files.Rule($"""
                  - fact: design
                    where: "{expression}"
            """);
        var diagnostics = Compile(files);
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.IsError && (d.Code == DiagnosticCodes.NotAllowed || d.Code == DiagnosticCodes.UnknownName || d.Code == DiagnosticCodes.ExpressionSyntax));
    }

    [Fact]
    public void Yaml_aliases_are_refused()
    {
        using var files = new RuleFiles();
        files.Write("local/rule.yaml", """
            pack: local
            version: 1.0.0
            a: &x [1, 2]
            rules: *x
            """);
        Compile(files).ShouldContain(d => d.Code == DiagnosticCodes.AnchorsNotAllowed);
    }

    [Fact]
    public void Unknown_keys_are_reported_with_a_suggestion()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: design
            """, extra: "    severty: major");
        Compile(files).ShouldContain(d => d.Code == DiagnosticCodes.UnknownKey && d.Message.Contains("did you mean 'severity'"));
    }

    [Fact]
    public void Message_holes_are_checked_against_bound_names()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: design
                    as: d
            """, message: "{{ d.Kinda }}");
        Compile(files).ShouldContain(d => d.Code == DiagnosticCodes.TemplateError && d.Message.Contains("Kinda"));
    }

    [Fact]
    public void Diagnostic_prints_compiler_style()
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.UnknownMember, "unknown member 'X' on fact 'design'", new Model.SourceLocation("rules/core/claims.yaml", 12, 17));
        diagnostic.ToString().ShouldBe("rules/core/claims.yaml(12,17): error EA3004: unknown member 'X' on fact 'design'");
    }
}
