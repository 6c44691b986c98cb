using EvidenceAppraisal.Rules.Diagnostics;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>The parts of a rule beyond patterns: status, priority, supersedes, params, then.</summary>
public class LanguageTests
{
    private const string Structured =
        "RESULTS: Heparin reduced bleeding (RR 0.5, 95% CI 0.3 to 0.8). Nurses recorded every event. CONCLUSIONS: Heparin reduced mortality. There is controversy about dosing.";

    private static string Rule(string id, string when, string message = "fired", string extra = "") => $"""
          - id: {id}
            title: Rule {id}
            severity: minor
        {extra}
            when:
        {when}
            then:
              message: "{message}"
        """;

    [Fact]
    public void Deprecated_rule_loads_with_a_warning_naming_its_replacement()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-OLD", "      - fact: controversy", extra: "    status: deprecated\n    replacedBy: T-NEW") + "\n" + Rule("T-NEW", "      - fact: controversy"));
        var diagnostic = files.Diagnostics().ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.Deprecated);
        diagnostic.IsError.ShouldBeFalse();
        diagnostic.Message.ShouldBe("rule 'T-OLD' is deprecated; use 'T-NEW' instead");
        files.Compile().Appraise(RuleFiles.Facts(Structured)).Select(f => f.Id).ShouldBe(["T-NEW", "T-OLD"], ignoreOrder: true);
    }

    [Fact]
    public void ReplacedBy_needs_deprecated_status_and_a_known_rule()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-1", "      - fact: controversy", extra: "    replacedBy: T-2") + "\n" + Rule("T-3", "      - fact: controversy", extra: "    status: deprecated\n    replacedBy: T-NOPE"));
        var diagnostics = files.Diagnostics();
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.BadValue && d.Message.Contains("'replacedBy' belongs to a deprecated rule"));
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownRule && d.Message.Contains("'T-NOPE'") && !d.IsError);
    }

    [Fact]
    public void Unknown_status_is_an_error()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-1", "      - fact: controversy", extra: "    status: beta"));
        files.Diagnostics().ShouldContain(d => d.Code == DiagnosticCodes.BadValue && d.Message.Contains("status 'beta'") && d.Location.Line == 7);
    }

    [Fact]
    public void Higher_priority_fires_first()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-LOW", "      - fact: controversy", extra: "    priority: -5") + "\n" + Rule("T-HIGH", "      - fact: controversy", extra: "    priority: 10") + "\n" + Rule("T-MID", "      - fact: controversy"));
        files.Compile().Fire(RuleFiles.Facts(Structured)).Select(f => f.Rule.Id).ShouldBe(["T-HIGH", "T-MID", "T-LOW"]);
    }

    [Fact]
    public void A_firing_rule_hides_the_flags_it_supersedes_for_the_same_evidence()
    {
        using var files = new RuleFiles();
        // T-ANY flags every claim; T-BARE flags claims without numbers and supersedes T-ANY for those sentences only.
        files.Pack(Rule("T-ANY", "      - fact: claim\n        as: c", message: "claim about {{ c.Outcome }}")
            + "\n" + Rule("T-BARE", "      - fact: claim\n        as: c\n        where: \"!IsQuantified\"", message: "bare claim about {{ c.Outcome }}", extra: "    supersedes: [T-ANY]"));
        var flags = files.Compile().Appraise(RuleFiles.Facts(Structured));
        flags.Select(f => f.Message).ShouldBe(["bare claim about mortality", "claim about bleeding"], ignoreOrder: true);
    }

    [Fact]
    public void Supersedes_keeps_a_flag_whose_evidence_differs()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-DOUBT", "      - fact: controversy\n        as: c")
            + "\n" + Rule("T-CLAIM", "      - fact: claim\n        as: c\n        where: \"!IsQuantified\"", extra: "    supersedes: T-DOUBT"));
        files.Compile().Appraise(RuleFiles.Facts(Structured)).Select(f => f.Id).ShouldBe(["T-CLAIM", "T-DOUBT"], ignoreOrder: true);
    }

    [Fact]
    public void Supersedes_cycles_and_unknown_ids_are_reported()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-A", "      - fact: claim", extra: "    supersedes: [T-B]")
            + "\n" + Rule("T-B", "      - fact: claim", extra: "    supersedes: [T-C]")
            + "\n" + Rule("T-C", "      - fact: claim", extra: "    supersedes: [T-A, T-GHOST]"));
        var diagnostics = files.Diagnostics();
        var cycle = diagnostics.Single(d => d.Code == DiagnosticCodes.SupersedesCycle);
        cycle.Message.ShouldBe("rules supersede each other in a cycle: T-A → T-B → T-C → T-A");
        cycle.IsError.ShouldBeTrue();
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownRule && d.Message.Contains("'T-GHOST'"));
    }

    [Fact]
    public void A_rule_cannot_supersede_itself()
    {
        using var files = new RuleFiles();
        files.Pack(Rule("T-A", "      - fact: claim", extra: "    supersedes: T-A"));
        files.Diagnostics().ShouldContain(d => d.Code == DiagnosticCodes.SupersedesCycle && d.Message == "rule 'T-A' supersedes itself");
    }

    [Fact]
    public void Then_carries_advice_why_question_checklist_level_and_references()
    {
        using var files = new RuleFiles();
        files.Write("local/rule.yaml", """
            pack: local
            version: 1.0.0
            rules:
              - id: T-1
                title: Controversy
                severity: major
                references:
                  - "CASP RCT checklist, question 2"
                  - { source: CONSORT for abstracts, item: "13" }
                params: { who: the authors }
                when:
                  - fact: controversy
                    as: c
                then:
                  message: "Controversy about {{ c.AboutText }}."
                  question: "What do {{ params.who }} say about {{ c.AboutText }}?"
                  advice: "Read both sides on {{ c.AboutText }}."
                  why: "{{ @who }} admit doubt."
                  checklist:
                    casp-rct-2: no
                    consort-a-13: unclear
                  level: "4"
            """);
        var flag = files.Compile().Appraise(RuleFiles.Facts("However, there is controversy about its safety.")).ShouldHaveSingleItem();
        flag.Message.ShouldBe("Controversy about safety.");
        flag.Question.ShouldBe("What do the authors say about safety?");
        flag.Advice.ShouldBe("Read both sides on safety.");
        flag.Why.ShouldBe("the authors admit doubt.");
        flag.Checklist.ShouldBe(new Dictionary<string, string> { ["casp-rct-2"] = "no", ["consort-a-13"] = "unclear" });
        flag.Level.ShouldBe("4");
        flag.References.ShouldBe(["CASP RCT checklist, question 2", "source: CONSORT for abstracts, item: 13"]);
    }

    [Fact]
    public void Checklist_answers_are_checked()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: controversy", extra: "");
        files.Write("local/rule.yaml", File.ReadAllText(Path.Combine(files.Local, "rule.yaml")).Replace("message: \"fired\"", "message: \"fired\"\n      checklist: { casp-rct-2: maybe }"));
        files.Diagnostics().ShouldContain(d => d.Code == DiagnosticCodes.BadValue && d.Message.StartsWith("checklist answer 'maybe' for 'casp-rct-2'"));
    }

    [Fact]
    public void Advice_holes_are_checked_like_the_message()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: controversy\n        as: c");
        files.Write("local/rule.yaml", File.ReadAllText(Path.Combine(files.Local, "rule.yaml")).Replace("message: \"fired\"", "message: \"fired\"\n      advice: \"{{ x.Cue }}\""));
        files.Diagnostics().ShouldContain(d => d.Code == DiagnosticCodes.TemplateError && d.Message.Contains("unknown name 'x'"));
    }

    [Fact]
    public void Parameter_defaults_apply_without_a_profile()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: samplesize\n        as: n\n        where: Total < @min_total", message: "{{ n.Total }} is under {{ params.min_total }}", extra: "    params: { min_total: 100 }");
        files.Compile().Appraise(RuleFiles.Facts("A total of 30 patients were enrolled.")).ShouldHaveSingleItem().Message.ShouldBe("30 is under 100");
    }

    [Fact]
    public void A_name_bound_twice_is_an_error()
    {
        using var files = new RuleFiles();
        files.Rule("      - fact: claim\n        as: c\n      - fact: controversy\n        as: c");
        files.Diagnostics().ShouldContain(d => d.Code == DiagnosticCodes.BadValue && d.Message == "the name 'c' is already bound in this rule" && d.Location.Line == 12);
    }
}
