using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Gives every sentence a role. Headings decide when present; the other sentences are labelled by
/// <see cref="RoleSequence"/> from their cue words, their position and the order of roles in an abstract.
/// </summary>
public sealed class SentenceRoleExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var sentences = context.Document.Sentences;
        var texts = new string[sentences.Count];
        var masks = new ulong[sentences.Count];
        var headings = new SectionRole[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            texts[i] = sentences[i].Text;
            masks[i] = context.CueMask(RoleCues.CueSet, i);
            headings[i] = sentences[i].Role;
        }

        var roles = RoleSequence.Decode(texts, masks, headings);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (span, quote, index) = context.At(sentences[i]);
            context.Add(new SentenceRoleFact(span, quote, index) { Role = roles[i], FromHeading = headings[i] != SectionRole.Unknown });
        }
    }
}
