namespace EvidenceAppraisal.Cli.Tests;

/// <summary>The <c>rules</c> commands as a person runs them: output, exit codes, and never a stack trace.</summary>
[Collection("console")]
public class RulesCommandTests
{
    private static string ExampleProfile => Path.Combine(Repo.Root, "rules", "profiles", "example-hospital.yaml");

    private static string WritePack(string rules)
    {
        var folder = CliRun.TempFolder();
        var file = Path.Combine(folder, "pack.yaml");
        File.WriteAllText(file, "pack: mine\nversion: 1.0.0\nrules:\n" + rules);
        return file;
    }

    private const string GoodRule = """
          - id: MINE-001
            title: Controversy
            severity: minor
            when:
              - fact: controversy
                as: c
            then:
              message: "Controversy about {{ c.AboutText }}."
            tests:
              - text: "There is controversy about its safety."
                expect: fires
                message: "safety"
              - text: "Heparin was given."
                expect: silent

        """;

    [Fact]
    public void Validate_accepts_the_shipped_packs_and_the_example_profile_strictly()
    {
        var (code, stdout, stderr) = CliRun.Run("rules", "validate", "--strict");
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("0 error(s), 0 warning(s)");
        (code, stdout, stderr) = CliRun.Run("rules", "validate", "--strict", ExampleProfile);
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("rules in 2 pack(s): 0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Validate_shows_the_line_and_marks_the_column()
    {
        var file = WritePack(GoodRule.Replace("as: c", "as: c\n        where: Confidense > 1"));
        var (code, _, stderr) = CliRun.Run("rules", "validate", file);
        code.ShouldBe(3);
        var lines = stderr.Split('\n');
        lines[0].ShouldEndWith("pack.yaml(10,16): error EA3004: unknown member 'Confidense' on fact 'controversy'");
        lines[1].ShouldBe("            where: Confidense > 1");
        lines[2].ShouldBe("                   ^");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Validate_warns_about_one_sided_tests_and_strict_fails_on_it()
    {
        var file = WritePack(GoodRule[..GoodRule.IndexOf("      - text: \"Heparin", StringComparison.Ordinal)]);
        var (code, _, stderr) = CliRun.Run("rules", "validate", file);
        code.ShouldBe(0);
        stderr.ShouldContain("warning EA2010: rule 'MINE-001' has no 'expect: silent' test");
        CliRun.Run("rules", "validate", "--strict", file).Code.ShouldBe(3);
    }

    [Fact]
    public void Validate_reports_a_broken_profile_without_a_stack_trace()
    {
        var folder = CliRun.TempFolder();
        var profile = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(profile, "profile: broken\nreport:\n  logo: ../../etc/passwd\ndisable: [EA-NOPE]\n");
        var (code, _, stderr) = CliRun.Run("rules", "validate", profile);
        code.ShouldBe(3);
        stderr.ShouldContain("profile.yaml(3,9): error EA4001: logo path '../../etc/passwd' must stay inside the profile's folder");
        stderr.ShouldContain("profile.yaml(4,11): error EA2005: the profile names rule 'EA-NOPE'");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Test_runs_inline_tests_with_a_summary_and_fails_on_a_failing_test()
    {
        var (code, stdout, _) = CliRun.Run("rules", "test", ExampleProfile);
        code.ShouldBe(0);
        stdout.ShouldContain("ok   SEH-NUM-001: 2/2 tests pass");
        stdout.ShouldMatch(@"\d+ passed, 0 failed");

        var file = WritePack(GoodRule.Replace("message: \"safety\"", "message: \"dosing\""));
        (code, stdout, _) = CliRun.Run("rules", "test", file);
        code.ShouldBe(1);
        stdout.ShouldContain("FAIL MINE-001: 1/2 tests pass");
        stdout.ShouldContain("expected the message to contain 'dosing', got 'Controversy about safety.'");
        stdout.ShouldContain("1 passed, 1 failed");
    }

    [Fact]
    public void List_filters_by_tag_and_follows_the_profile()
    {
        var (code, stdout, _) = CliRun.Run("rules", "list", "--tag", "spin");
        code.ShouldBe(0);
        stdout.ShouldMatch(@"EA-CLAIM-001\s+major\s+core\s+stable\s+Benefit claimed");
        stdout.ShouldNotContain("EA-NUM-001");
        (_, stdout, _) = CliRun.Run("rules", "list", "--profile", ExampleProfile);
        stdout.ShouldContain("SEH-CLAIM-001");
        stdout.ShouldContain("experimental");
        stdout.ShouldNotContain("EA-LANG-001");
        stdout.ShouldMatch(@"EA-NUM-001\s+minor");
    }

    [Fact]
    public void Show_prints_the_rule_as_it_will_run_and_its_source()
    {
        var (code, stdout, _) = CliRun.Run("rules", "show", "EA-DESIGN-001", "--profile", ExampleProfile);
        code.ShouldBe(0);
        stdout.ShouldContain("min_confidence = 0.7   (set by the profile)");
        stdout.ShouldContain("where: Kind == \"narrative-review\" && Confidence >= params.min_confidence");
        stdout.ShouldContain("expect: silent");
    }

    [Fact]
    public void Show_of_an_unknown_rule_is_one_line()
    {
        var (code, _, stderr) = CliRun.Run("rules", "show", "EA-LANG-001", "--profile", ExampleProfile);
        code.ShouldBe(2);
        stderr.Trim().ShouldBe("error: no rule 'EA-LANG-001' in the loaded rule set (the profile 'St Example Hospital journal club' disables it)");
    }

    [Fact]
    public void Explain_says_why_rules_fired_were_hidden_or_failed()
    {
        var (code, stdout, stderr) = CliRun.Run("rules", "explain", Repo.Seed, "--profile", ExampleProfile);
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("FIRED  EA-DOUBT-001");
        stdout.ShouldContain("controversy c: AboutText=effectiveness and safety");
        stdout.ShouldContain("HIDDEN EA-NUM-002");
        stdout.ShouldContain("its flag is hidden: SEH-NUM-001 fired on the same evidence and supersedes it");
        stdout.ShouldContain("NO     EA-DESIGN-001");

        (_, stdout, _) = CliRun.Run("rules", "explain", Repo.Seed, "--profile", ExampleProfile, "--rule", "EA-DESIGN-001");
        stdout.ShouldContain("Confidence >= params.min_confidence: 0 of 1  <- fails here");
    }

    [Fact]
    public void Report_with_the_example_profile_changes_the_seed_report()
    {
        var outDir = CliRun.TempFolder();
        var (code, _, stderr) = CliRun.Run("report", Repo.Seed, "--out", outDir, "--formats", "json", "--profile", ExampleProfile);
        code.ShouldBe(0, stderr);
        var json = File.ReadAllText(Path.Combine(outDir, "heparin-sepsis.json"));
        json.ShouldContain("\"SEH-NUM-001\"");
        json.ShouldNotContain("\"EA-LANG-001\"");
        json.ShouldContain("St Example Hospital journal club");
    }
}
