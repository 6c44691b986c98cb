using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>What one POST asks for: an input (or a PMID to fetch), a profile id and the input format.</summary>
/// <param name="Stem">A safe file-name stem for downloads (from an uploaded file's name or the PMID).</param>
internal sealed record AppraisalRequest(InputSource? Source, string? Pmid, string? ProfileId, InputFormat Format, string Stem);
