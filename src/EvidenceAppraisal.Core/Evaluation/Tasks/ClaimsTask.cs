using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>Claims: a sentence is predicted a claim when it holds one of the study's own claims.</summary>
public sealed class ClaimsTask : SentenceFlagTask
{
    public override string Name => "claims";

    protected override string LabelKey => "claim";

    protected override bool Predict(FactSet facts, Sentence sentence) =>
        facts.Of<ClaimFact>().Any(c => c.SentenceIndex == sentence.Index && !c.IsReported);
}
