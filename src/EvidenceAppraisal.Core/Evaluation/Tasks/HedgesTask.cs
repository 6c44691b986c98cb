using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>
/// Hedges: a sentence is predicted hedged when a hedge or a capability fact rests on it. The corpus marks a
/// sentence hedged when it carries speculation or "some uncertainty", and its annotators count statements of
/// capability ("X can activate Y") as the latter; the report keeps the two apart.
/// </summary>
public sealed class HedgesTask : SentenceFlagTask
{
    public override string Name => "hedges";

    protected override string LabelKey => "hedged";

    protected override bool Predict(FactSet facts, Sentence sentence) =>
        facts.Of<HedgeFact>().Any(h => h.SentenceIndex == sentence.Index) || facts.Of<CapabilityFact>().Any(c => c.SentenceIndex == sentence.Index);
}
