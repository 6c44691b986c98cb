using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;

namespace EvidenceAppraisal.Evaluation.Tasks;

/// <summary>
/// Claims: a sentence is predicted a claim when the extractor found that it states a finding or conclusion
/// of the study itself (a <see cref="ClaimSentenceFact"/> not reporting other work), whether or not it names an outcome.
/// </summary>
public sealed class ClaimsTask : SentenceFlagTask
{
    public override string Name => "claims";

    protected override string LabelKey => "claim";

    protected override bool Predict(FactSet facts, Sentence sentence) =>
        facts.Of<ClaimSentenceFact>().Any(c => c.SentenceIndex == sentence.Index && !c.IsReported);
}
