using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Rules.Tests;

public class RuleEngineTests
{
    private static IReadOnlyList<Running.Flag> Appraise(RuleFiles files, string body, string title = "A study")
    {
        var compiled = RuleSetCompiler.Compile(RuleSetLoader.LoadPaths([Path.Combine(files.Root, "local")]));
        var document = new DocumentBuilder("test").Title(title).Body(body).Build();
        return compiled.Appraise(FactExtraction.Default.Extract(document));
    }

    [Fact]
    public void Not_joins_on_an_earlier_fact()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: claim
                    as: c
                  - not:
                      fact: estimate
                      where: SentenceIndex == c.SentenceIndex
            """, message: "{{ c.Outcome }}");
        Appraise(files, "RESULTS: Heparin reduced mortality. Heparin reduced bleeding (RR 0.5, 95% CI 0.3 to 0.8).")
            .Select(f => f.Message).ShouldBe(["mortality"]);
    }

    [Fact]
    public void Count_with_a_parameter_fires_on_enough_facts()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - count:
                      fact: pvalue
                      as: ps
                      min: 2
            """, message: "{{ ps.Count }} p-values; threshold {{ params.min }}", extra: "    params: { min: 2 }");
        Appraise(files, "A fell (P = .01). B fell (P < .001).").ShouldHaveSingleItem().Message.ShouldBe("2 p-values; threshold 2");
        Appraise(files, "A fell (P = .01).").ShouldBeEmpty();
    }

    [Fact]
    public void Parameters_are_read_in_conditions()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: samplesize
                    as: n
                    where: Total < params.min_total && Total > @floor
            """, extra: "    params: { min_total: 50, floor: 1 }");
        Appraise(files, "A total of 30 patients were enrolled.").ShouldHaveSingleItem();
        Appraise(files, "A total of 300 patients were enrolled.").ShouldBeEmpty();
    }

    [Fact]
    public void Any_matches_either_branch()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - any:
                      - fact: controversy
                      - fact: furtherresearch
            """);
        Appraise(files, "Further studies are needed.").ShouldHaveSingleItem();
        Appraise(files, "There is controversy about dosing.").ShouldHaveSingleItem();
        Appraise(files, "Heparin was given.").ShouldBeEmpty();
    }

    [Fact]
    public void Evidence_quotes_the_matched_sentence()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: controversy
                    as: c
            """);
        Appraise(files, "Heparin was given. However, there is controversy in its safety.")
            .ShouldHaveSingleItem().Evidence.ShouldBe(["However, there is controversy in its safety."]);
    }
}
