using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Numbers;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class TrialNumberTests
{
    private static FactSet Facts(string body) => Abstracts.Extract("A trial of something.", body);

    [Theory]
    [InlineData("Mortality was lower (RR 0.80, 95% CI 0.70 to 0.92).", 0.70, 0.92)]
    [InlineData("Mortality was lower (RR 0.80; 95% CI: 0.70-0.92).", 0.70, 0.92)]
    [InlineData("Mortality was lower (RR 0.80, 95% CI 0.70–0.92).", 0.70, 0.92)]
    [InlineData("Mortality was lower (RR 0.80, 95% CI 0.70, 0.92).", 0.70, 0.92)]
    [InlineData("Mortality was lower (RR 0,80; IC 95%: n/a; 95% CI 0,70 to 0,92).", 0.70, 0.92)]
    [InlineData("Mortality was lower (RR 0,80, 95% CI 0,70-0,92).", 0.70, 0.92)]
    [InlineData("Weight fell by 1.2 kg (95% CI −2.1 to −0.4).", -2.1, -0.4)]
    [InlineData("The hazard ratio was 8.3 (95 percent confidence interval, 3.3 to 21.2).", 3.3, 21.2)]
    public void Confidence_intervals_with_any_separator_and_decimal_mark(string body, double lower, double upper)
    {
        var interval = Facts(body).Of<IntervalFact>().ShouldHaveSingleItem();
        interval.Level.ShouldBe(95);
        interval.Lower.ShouldBe(lower, 1e-9);
        interval.Upper.ShouldBe(upper, 1e-9);
    }

    [Fact]
    public void Estimate_carries_its_interval_and_outcome()
    {
        var estimate = Facts("Heparin reduced 28-day mortality (RR 0.80, 95% CI 0.70 to 0.92).").Of<EstimateFact>().Single(e => e.Measure == "RR");
        estimate.Value.ShouldBe(0.80);
        estimate.HasInterval.ShouldBeTrue();
        estimate.Lower.ShouldBe(0.70);
        estimate.Upper.ShouldBe(0.92);
        estimate.IntervalExcludesNoEffect.ShouldBeTrue();
        estimate.Outcome.ShouldBe("28-day mortality");
    }

    [Theory]
    [InlineData("The hazard ratio for death was 0.72 (95% CI 0.60 to 0.86).", "HR", "death")]
    [InlineData("The odds of readmission were similar (OR 1.05, 95% CI 0.90 to 1.22).", "OR", "readmission")]
    [InlineData("Pain scores were lower with the block (mean difference -1.4, 95% CI -2.0 to -0.8).", "MD", "Pain scores")]
    [InlineData("The number needed to treat was 12 (95% CI 7 to 40).", "NNT", "")]
    public void Estimates_are_named_and_linked_to_outcomes(string body, string measure, string outcome)
    {
        var estimate = Facts(body).Of<EstimateFact>().Single(e => e.Measure == measure);
        estimate.Outcome.ShouldBe(outcome);
    }

    [Fact]
    public void Percentages_keep_their_denominators()
    {
        var estimate = Facts("Delirium occurred in 27/150 (18%) with melatonin.").Of<EstimateFact>().Single(e => e.Measure == "%");
        estimate.Value.ShouldBe(18);
        estimate.Numerator.ShouldBe(27);
        estimate.Denominator.ShouldBe(150);
    }

    [Theory]
    [InlineData("The difference was significant (P < .001).", "P < .001", "<", 0.001)]
    [InlineData("Scores improved (p=0.03).", "p=0.03", "=", 0.03)]
    [InlineData("Scores improved (P value 0.04).", "P value 0.04", "=", 0.04)]
    [InlineData("Scores improved (P = 0,04).", "P = 0,04", "=", 0.04)]
    [InlineData("The trend was weak (P for trend = 0.21).", "P for trend = 0.21", "=", 0.21)]
    [InlineData("Risk rose sharply (p = 2.1 × 10−5).", "p = 2.1 × 10−5", "=", 2.1e-5)]
    public void P_values_as_written(string body, string text, string comparator, double value)
    {
        var p = Facts(body).Of<PValueFact>().ShouldHaveSingleItem();
        p.Text.ShouldBe(text);
        p.Comparator.ShouldBe(comparator);
        p.Value.ShouldNotBeNull().ShouldBe(value, 1e-12);
    }

    [Fact]
    public void Not_significant_is_a_p_value_without_a_number()
    {
        var p = Facts("Length of stay did not differ between groups (NS).").Of<PValueFact>().ShouldHaveSingleItem();
        p.Comparator.ShouldBe("NS");
        p.Value.ShouldBeNull();
        p.IsSignificant.ShouldBeFalse();
    }

    [Fact]
    public void P_values_in_the_title_are_found()
    {
        Abstracts.Extract("Mortality fell with heparin (p = 0.04).", "Body text without numbers.").Of<PValueFact>().ShouldHaveSingleItem().SentenceIndex.ShouldBe(-1);
    }

    [Fact]
    public void Time_frames_and_follow_up()
    {
        var times = Facts("The primary outcome was 28-day mortality. After a median follow-up of 5.6 years, recurrence was rare.").Of<FollowUpFact>().ToList();
        times.ShouldContain(t => t.Value == 28 && t.Unit == "days" && !t.IsFollowUp);
        var followUp = times.Single(t => t.IsFollowUp);
        followUp.Value.ShouldBe(5.6);
        followUp.Unit.ShouldBe("years");
        followUp.Days.ShouldBe(5.6 * 365.25, 1e-6);
    }

    [Theory]
    [InlineData("Patients took melatonin for five days.", true)]
    [InlineData("Exercise was supervised over 12 weeks.", true)]
    [InlineData("Delirium was assessed within five days of surgery.", false)]
    [InlineData("Pain was lower at 6 months.", false)]
    [InlineData("Patients were followed for 2 years of follow-up.", false)]
    public void A_time_frame_says_whether_it_is_how_long_something_ran(string text, bool duration) =>
        Facts(text).Of<FollowUpFact>().Single().IsDuration.ShouldBe(duration);
}
