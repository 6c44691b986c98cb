using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>Hedges: a sentence is predicted hedged when a hedge fact rests on it.</summary>
public sealed class HedgesTask : SentenceFlagTask
{
    public override string Name => "hedges";

    protected override string LabelKey => "hedged";

    protected override bool Predict(FactSet facts, Sentence sentence) =>
        facts.Of<HedgeFact>().Any(h => h.SentenceIndex == sentence.Index);
}
