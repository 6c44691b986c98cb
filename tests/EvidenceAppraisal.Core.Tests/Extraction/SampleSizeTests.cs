using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Extraction.Numbers;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class SampleSizeTests
{
    private static SampleSizeFact? Participants(string body, string title = "A trial of something.") =>
        Abstracts.Extract(title, body).Of<SampleSizeFact>().SingleOrDefault(s => s.Unit == "participants");

    [Theory]
    [InlineData("A total of 1,491 women were randomly assigned to docetaxel or fluorouracil.", 1491)]
    [InlineData("We randomly assigned 13 388 women at increased risk to tamoxifen or placebo.", 13388)]
    [InlineData("Forty-two patients were enrolled and received the vaccine.", 42)]
    [InlineData("One hundred and sixteen women with metastatic disease participated in this randomised study.", 116)]
    [InlineData("Three hundred thirty-five women (166 control and 169 intervention) were recruited from 15 hospitals.", 335)]
    [InlineData("Patients (n = 449) were randomly assigned to receive drug A (n = 225) or drug B (n = 224).", 449)]
    public void The_stated_total_is_the_sample_size(string body, int total)
    {
        Participants(body).ShouldNotBeNull().Total.ShouldBe(total);
    }

    [Fact]
    public void Group_sizes_are_summed_when_no_total_is_stated()
    {
        var sample = Participants("Women were randomised to letrozole (n = 458) or tamoxifen (n = 458) and followed for five years.").ShouldNotBeNull();
        sample.Total.ShouldBe(916);
        sample.FromArms.ShouldBeTrue();
        sample.Arms.ShouldBe([458, 458]);
    }

    [Fact]
    public void The_enrolled_total_wins_over_the_analysed_subset()
    {
        Participants("Between 2001 and 2004, 913 patients were enrolled. Efficacy data were available in 378 patients. Of these, 120 responded.")
            .ShouldNotBeNull().Total.ShouldBe(913);
    }

    [Fact]
    public void Years_doses_and_ages_are_not_counted()
    {
        Participants("From June 1999 to September 2001, patients aged 40 to 75 years received 100 mg daily for 12 weeks.").ShouldBeNull();
    }

    [Fact]
    public void Only_outcome_counts_give_no_sample_size()
    {
        Participants("Twelve patients died and 30 relapsed during follow-up.").ShouldBeNull();
    }

    [Fact]
    public void A_review_states_studies_and_participants()
    {
        var facts = Abstracts.Extract(
            "Exercise for knee osteoarthritis: a systematic review.",
            "We searched five databases. Twenty-four trials with 3,410 participants were included. Exercise reduced pain.");
        var studies = facts.Of<SampleSizeFact>().Single(s => s.Unit == "studies");
        studies.Total.ShouldBe(24);
        studies.Participants.ShouldBe(3410);
    }
}
