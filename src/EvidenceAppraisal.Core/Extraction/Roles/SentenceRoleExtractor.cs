using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Gives every sentence a role. Headings decide when present; otherwise the role is inferred from the
/// sentence's position and cue words (aims, methods verbs, numbers, concluding phrases).
/// </summary>
public sealed class SentenceRoleExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var sentences = context.Document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var fromHeading = sentence.Role != SectionRole.Unknown;
            var role = fromHeading ? sentence.Role : RoleCues.Infer(sentence.Text, i, sentences.Count);
            var (span, quote, index) = context.At(sentence);
            context.Add(new SentenceRoleFact(span, quote, index) { Role = role, FromHeading = fromHeading });
        }
    }
}
