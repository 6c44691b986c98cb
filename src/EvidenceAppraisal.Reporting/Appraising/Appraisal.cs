using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>One document's result from <see cref="Appraiser.AppraiseEach"/>: its report, or what its appraisal threw.</summary>
public readonly record struct Appraisal(AppraisalReport? Report, Exception? Error);
