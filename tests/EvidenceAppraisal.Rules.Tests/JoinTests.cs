namespace EvidenceAppraisal.Rules.Tests;

/// <summary>not, exists, any and count, each joined on a fact matched earlier in the rule.</summary>
public class JoinTests
{
    private const string TwoClaims =
        "RESULTS: Heparin reduced mortality (P = .01, P = .03). Heparin reduced bleeding (RR 0.5, 95% CI 0.3 to 0.8). CONCLUSIONS: Heparin improved survival.";

    /// <summary>A claim without an estimate that has an interval in its sentence: a two-pattern not.</summary>
    private const string NotEstimateWithInterval = """
                  - fact: claim
                    as: c
                  - not:
                      - fact: estimate
                        as: e
                        where: SentenceIndex == c.SentenceIndex
                      - fact: interval
                        where: SentenceIndex == e.SentenceIndex
            """;

    private static IReadOnlyList<string> Messages(RuleFiles files, string body) =>
        files.Compile().Appraise(RuleFiles.Facts(body)).Select(f => f.Message).Order(StringComparer.Ordinal).ToList();

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
        Messages(files, TwoClaims).ShouldBe(["mortality", "survival"]);
    }

    [Fact]
    public void Exists_joins_on_an_earlier_fact_and_binds_nothing()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: claim
                    as: c
                  - exists:
                      fact: pvalue
                      where: SentenceIndex == c.SentenceIndex
            """, message: "{{ c.Outcome }}");
        // Two p-values in one sentence still give one firing: exists does not multiply matches.
        var firings = files.Compile().Fire(RuleFiles.Facts(TwoClaims));
        firings.Select(f => f.Facts.Keys.Single()).ShouldBe(["c"]);
        Messages(files, TwoClaims).ShouldBe(["mortality"]);
    }

    [Fact]
    public void Not_with_two_patterns_needs_both_to_match_together()
    {
        using var files = new RuleFiles();
        files.Rule(NotEstimateWithInterval, message: "{{ c.Outcome }}");
        Messages(files, TwoClaims).ShouldBe(["mortality", "survival"]);
    }

    [Theory]
    [InlineData("RESULTS: Heparin reduced mortality.", new[] { "mortality" })] // no estimate and no interval at all
    [InlineData("RESULTS: Heparin reduced mortality (RR 0.5).", new[] { "mortality" })] // the first pattern alone
    [InlineData("RESULTS: Heparin reduced mortality (95% CI 0.3 to 0.8).", new[] { "mortality" })] // the second alone
    [InlineData("RESULTS: Heparin reduced mortality (RR 0.5, 95% CI 0.3 to 0.8).", new string[0])] // both: silent
    public void Not_with_two_patterns_fires_unless_both_match(string body, string[] expected)
    {
        using var files = new RuleFiles();
        files.Rule(NotEstimateWithInterval, message: "{{ c.Outcome }}");
        Messages(files, body).ShouldBe(expected);
    }

    [Fact]
    public void Any_branches_join_on_an_earlier_fact()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: claim
                    as: c
                  - any:
                      - fact: pvalue
                        where: SentenceIndex == c.SentenceIndex
                      - - fact: estimate
                          where: SentenceIndex == c.SentenceIndex && Value < 1
            """, message: "{{ c.Outcome }}");
        Messages(files, TwoClaims).ShouldBe(["bleeding", "mortality"]);
    }

    [Fact]
    public void Count_joins_on_an_earlier_fact()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: claim
                    as: c
                  - count:
                      fact: pvalue
                      as: ps
                      where: SentenceIndex == c.SentenceIndex
                      min: 2
            """, message: "{{ c.Outcome }}: {{ ps.Count }} p-values");
        Messages(files, TwoClaims).ShouldBe(["mortality: 2 p-values"]);
    }

    [Fact]
    public void Count_with_max_zero_fires_when_nothing_matches()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: claim
                    as: c
                  - count:
                      fact: pvalue
                      where: SentenceIndex == c.SentenceIndex
                      max: 0
            """, message: "{{ c.Outcome }}");
        Messages(files, TwoClaims).ShouldBe(["bleeding", "survival"]);
    }

    [Fact]
    public void Count_quotes_the_counted_facts_as_evidence()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - count:
                      fact: pvalue
                      as: ps
                      min: 2
            """, message: "{{ ps.Count }} p-values");
        var flag = files.Compile().Appraise(RuleFiles.Facts("Mortality fell (P = .01). Bleeding fell (P = .04).")).ShouldHaveSingleItem();
        flag.Evidence.ShouldBe(["Mortality fell (P = .01).", "Bleeding fell (P = .04)."]);
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
        files.Compile().Appraise(RuleFiles.Facts("A total of 30 patients were enrolled.")).ShouldHaveSingleItem();
        files.Compile().Appraise(RuleFiles.Facts("A total of 300 patients were enrolled.")).ShouldBeEmpty();
    }

    [Fact]
    public void Evidence_quotes_the_matched_sentence()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - fact: controversy
                    as: c
            """);
        files.Compile().Appraise(RuleFiles.Facts("Heparin was given. However, there is controversy in its safety."))
            .ShouldHaveSingleItem().Evidence.ShouldBe(["However, there is controversy in its safety."]);
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
        files.Compile().Appraise(RuleFiles.Facts("Further studies are needed.")).ShouldHaveSingleItem();
        files.Compile().Appraise(RuleFiles.Facts("There is controversy about dosing.")).ShouldHaveSingleItem();
        files.Compile().Appraise(RuleFiles.Facts("Heparin was given.")).ShouldBeEmpty();
    }

    [Fact]
    public void Count_bound_reads_a_parameter_in_the_message()
    {
        using var files = new RuleFiles();
        files.Rule("""
                  - count:
                      fact: pvalue
                      as: ps
                      min: 2
            """, message: "{{ ps.Count }} p-values; threshold {{ params.min }}", extra: "    params: { min: 2 }");
        files.Compile().Appraise(RuleFiles.Facts("A fell (P = .01). B fell (P < .001).")).ShouldHaveSingleItem().Message.ShouldBe("2 p-values; threshold 2");
        files.Compile().Appraise(RuleFiles.Facts("A fell (P = .01).")).ShouldBeEmpty();
    }
}
