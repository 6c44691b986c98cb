using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;
using EvidenceAppraisal.Rules.Testing;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>Profiles change the seed's appraisal: each setting on its own, then the shipped example profile.</summary>
public class ProfileTests
{
    private static IReadOnlyList<Flag> SeedFlags(string? profile = null) =>
        RuleSetCompiler.Load(RuleFiles.ShippedRules, profile).Appraise(RuleFiles.SeedFacts());

    private static string Profile(RuleFiles files, string body) => files.Write("profile/profile.yaml", "profile: test\n" + body);

    [Fact]
    public void Without_a_profile_the_seed_gets_the_shipped_flags()
    {
        SeedFlags().Select(f => f.Id).Distinct().ShouldBe(
            ["EA-CLAIM-001", "EA-DESIGN-001", "EA-DOUBT-001", "EA-NUM-001", "EA-NUM-002", "EA-NUM-003", "EA-LANG-001",
             "EA-DOUBT-002", "EA-DOUBT-004", "EA-HARM-001", "EA-HARM-010", "EA-FUND-001"],
            ignoreOrder: true);
    }

    [Fact]
    public void Disabling_a_rule_removes_its_flag_from_the_seed_report()
    {
        using var files = new RuleFiles();
        var flags = SeedFlags(Profile(files, "disable: [EA-LANG-001]\n"));
        flags.ShouldNotContain(f => f.Id == "EA-LANG-001");
        flags.Count.ShouldBe(SeedFlags().Count - 1);
    }

    [Fact]
    public void A_disabled_rule_is_left_out_of_compilation()
    {
        using var files = new RuleFiles();
        var compiled = RuleSetCompiler.Load(RuleFiles.ShippedRules, Profile(files, "disable: [EA-LANG-001]\n"));
        compiled.Rules.ShouldNotContain(r => r.Id == "EA-LANG-001");
        compiled.Fire(RuleFiles.SeedFacts()).ShouldNotContain(f => f.Rule.Id == "EA-LANG-001");
    }

    [Fact]
    public void Changing_a_severity_changes_the_seed_flag()
    {
        using var files = new RuleFiles();
        SeedFlags().Single(f => f.Id == "EA-NUM-003").Severity.ShouldBe(Severity.Major);
        SeedFlags(Profile(files, "severity: { EA-NUM-003: info }\n")).Single(f => f.Id == "EA-NUM-003").Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public void Overriding_a_parameter_changes_whether_the_seed_is_flagged()
    {
        using var files = new RuleFiles();
        // The seed reads as a narrative review with confidence 0.6: the shipped threshold (0.5) flags it, a stricter one does not.
        SeedFlags(Profile(files, "params: { EA-DESIGN-001.min_confidence: 0.55 }\n")).ShouldContain(f => f.Id == "EA-DESIGN-001");
        SeedFlags(Profile(files, "params: { EA-DESIGN-001.min_confidence: 0.9 }\n")).ShouldNotContain(f => f.Id == "EA-DESIGN-001");
    }

    [Fact]
    public void A_local_rule_adds_a_flag_to_the_seed_report()
    {
        using var files = new RuleFiles();
        files.Write("profile/local/mine.yaml", """
            pack: mine
            version: 1.0.0
            rules:
              - id: MINE-001
                title: Hedged wording
                severity: info
                when:
                  - fact: hedge
                    as: h
                then:
                  message: "The abstract hedges: '{{ h.Cue }}'."
                  evidence: h
            """);
        var flag = SeedFlags(Profile(files, "include: [local/*.yaml]\n")).Single(f => f.Id == "MINE-001");
        flag.Pack.ShouldBe("mine");
        flag.Severity.ShouldBe(Severity.Info);
        flag.Message.ShouldStartWith("The abstract hedges: '");
        flag.Evidence.ShouldHaveSingleItem().ShouldContain("heparin");
    }

    [Fact]
    public void Wording_overrides_replace_message_question_and_title()
    {
        using var files = new RuleFiles();
        var flag = SeedFlags(Profile(files, """
            wording:
              EA-DOUBT-001: "Disputed: {{ c.AboutText }}."
              EA-DOUBT-001.question: "Who disputes it?"
              EA-DOUBT-001.title: "Admitted controversy"
            """)).Single(f => f.Id == "EA-DOUBT-001");
        flag.Message.ShouldBe("Disputed: effectiveness and safety.");
        flag.Question.ShouldBe("Who disputes it?");
        flag.Title.ShouldBe("Admitted controversy");
    }

    [Fact]
    public void A_profile_extends_another_and_its_own_settings_win()
    {
        using var files = new RuleFiles();
        files.Write("profile/base.yaml", "profile: base\ndisable: [EA-LANG-001]\nseverity: { EA-NUM-003: info, EA-NUM-002: minor }\nreport: { title: Base title }\n");
        var flags = SeedFlags(Profile(files, "extends: base.yaml\nseverity: { EA-NUM-003: critical }\n"));
        flags.ShouldNotContain(f => f.Id == "EA-LANG-001");
        flags.Single(f => f.Id == "EA-NUM-003").Severity.ShouldBe(Severity.Critical);
        flags.Single(f => f.Id == "EA-NUM-002").Severity.ShouldBe(Severity.Minor);
        RuleSetLoader.Load(RuleFiles.ShippedRules, Path.Combine(files.Root, "profile", "profile.yaml")).Profile.Report.Title.ShouldBe("Base title");
    }

    [Fact]
    public void Profiles_extending_each_other_in_a_cycle_are_reported()
    {
        using var files = new RuleFiles();
        files.Write("profile/a.yaml", "profile: a\nextends: b.yaml\n");
        files.Write("profile/b.yaml", "profile: b\nextends: a.yaml\n");
        RuleSetLoader.Load(RuleFiles.ShippedRules, Path.Combine(files.Root, "profile", "a.yaml")).Diagnostics
            .ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.ProfileCycle);
    }

    [Fact]
    public void Packs_select_which_shipped_packs_load()
    {
        using var files = new RuleFiles();
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules, Profile(files, "packs: [core, nonesuch]\n"));
        var diagnostic = loaded.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.UnknownPack);
        diagnostic.Location.Line.ShouldBe(2);
        diagnostic.Location.Column.ShouldBe(15);
    }

    [Theory]
    [InlineData("disable: [EA-LANG-01]\n", DiagnosticCodes.UnknownRule, "did you mean 'EA-LANG-001'?")]
    [InlineData("severity: { EA-NOPE: minor }\n", DiagnosticCodes.UnknownRule, "'EA-NOPE'")]
    [InlineData("severity: { EA-NUM-001: huge }\n", DiagnosticCodes.BadSeverity, "'huge'")]
    [InlineData("params: { EA-DESIGN-001.min_confidnce: 0.9 }\n", DiagnosticCodes.UnknownParam, "(declared: min_confidence)")]
    [InlineData("params: { EA-NUM-001.min: 3 }\n", DiagnosticCodes.UnknownParam, "it declares none")]
    [InlineData("params: { EA-DESIGN-001.min_confidence: high }\n", DiagnosticCodes.ParamType, "is a number")]
    [InlineData("params: { min_confidence: 0.9 }\n", DiagnosticCodes.BadValue, "RULE-ID.name")]
    [InlineData("wording: { EA-NUM-001.questoin: Why? }\n", DiagnosticCodes.BadValue, "wording key")]
    [InlineData("report: { logo: missing.png }\n", DiagnosticCodes.PathNotFound, "missing.png")]
    [InlineData("colour: blue\n", DiagnosticCodes.UnknownKey, "'colour'")]
    public void Profile_mistakes_are_diagnosed_where_they_are_written(string body, string code, string text)
    {
        using var files = new RuleFiles();
        var diagnostic = RuleSetLoader.Load(RuleFiles.ShippedRules, Profile(files, body)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Message.ShouldContain(text);
        diagnostic.Location.File.ShouldEndWith("profile.yaml");
        diagnostic.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void An_include_that_matches_nothing_is_a_warning()
    {
        using var files = new RuleFiles();
        var diagnostic = RuleSetLoader.Load(RuleFiles.ShippedRules, Profile(files, "include: [local/*.yaml]\n")).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.IncludeMatchesNothing);
        diagnostic.IsError.ShouldBeFalse();
    }

    [Fact]
    public void The_example_profile_changes_the_seed_report_as_it_says()
    {
        var shipped = SeedFlags();
        var flags = SeedFlags(RuleFiles.ExampleProfile);
        // disable: EA-LANG-001
        shipped.ShouldContain(f => f.Id == "EA-LANG-001");
        flags.ShouldNotContain(f => f.Id == "EA-LANG-001");
        // severity: EA-NUM-001 minor, and a wording override
        var sampleSize = flags.Single(f => f.Id == "EA-NUM-001");
        sampleSize.Severity.ShouldBe(Severity.Minor);
        sampleSize.Question.ShouldBe("How many patients does this rest on? Check the full text before the meeting.");
        // params: EA-DESIGN-001.min_confidence 0.7 is above the seed's design reading
        flags.ShouldNotContain(f => f.Id == "EA-DESIGN-001");
        // local rules: one supersedes the two missing-number flags, one is new
        flags.ShouldContain(f => f.Id == "SEH-NUM-001" && f.Pack == "st-example");
        flags.ShouldNotContain(f => f.Id == "EA-NUM-002" || f.Id == "EA-NUM-003");
        flags.ShouldContain(f => f.Id == "SEH-CLAIM-001" && f.Status == RuleStatus.Experimental && f.Checklist["seh-jc-4"] == "no");
        // untouched rules are unchanged
        static IEnumerable<string> Untouched(IEnumerable<Flag> all) =>
            all.Where(f => f.Id is "EA-CLAIM-001" or "EA-DOUBT-001").Select(f => $"{f.Id} {f.Severity} {f.Message} {string.Join("|", f.Evidence)}");
        Untouched(flags).ShouldBe(Untouched(shipped));
    }

    [Fact]
    public void The_example_profile_loads_cleanly_and_brands_the_report()
    {
        var loaded = RuleSetLoader.Load(RuleFiles.ShippedRules, RuleFiles.ExampleProfile);
        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Profile.Report.Title.ShouldBe("St Example Hospital journal club");
        File.Exists(loaded.Profile.Report.LogoPath).ShouldBeTrue();
        loaded.Packs.Select(p => p.Name).ShouldBe(["core", "st-example"]);
    }

    [Fact]
    public void The_example_profile_local_rules_pass_their_tests()
    {
        var compiled = RuleSetCompiler.Compile(RuleSetLoader.Load(RuleFiles.ShippedRules, RuleFiles.ExampleProfile, overrides: false));
        var results = RuleTestRunner.Run(compiled, Extraction.FactExtraction.Default);
        results.Where(r => r.Rule.Pack == "st-example").Count().ShouldBe(4);
        results.Where(r => !r.Passed).Select(r => $"{r.Rule.Id}: {r.Detail}").ShouldBeEmpty();
    }
}
