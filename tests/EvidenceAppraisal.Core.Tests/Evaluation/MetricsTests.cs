using EvidenceAppraisal.Evaluation;

namespace EvidenceAppraisal.Core.Tests.Evaluation;

public class MetricsTests
{
    [Fact]
    public void Item_matching_counts_each_gold_item_once()
    {
        var pr = new PrecisionRecall();
        pr.AddItems(["p=.01", "p=.01", "p<.001"], ["p=.01", "p=.05"]);
        (pr.TruePositives, pr.FalsePositives, pr.FalseNegatives).ShouldBe((1, 2, 1));
        pr.Precision.ShouldBe(1.0 / 3, 1e-9);
        pr.Recall.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Macro_f1_averages_over_gold_classes_only()
    {
        var confusion = new Confusion();
        confusion.Add("rct", "rct");
        confusion.Add("rct", "other");
        confusion.Add("other", "other");
        confusion.Add("other", "case-report");
        confusion.Accuracy.ShouldBe(0.5, 1e-9);
        confusion.GoldClasses.ShouldBe(["other", "rct"]);
        // rct: p 1, r .5, f1 2/3; other: p .5, r .5, f1 .5
        confusion.MacroF1.ShouldBe((2.0 / 3 + 0.5) / 2, 1e-9);
    }
}
