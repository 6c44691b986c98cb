using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>The design the text supports, the cues it rests on and how sure the classifier is.</summary>
internal sealed record DesignCall(string Kind, string Subtype, double Confidence, IReadOnlyList<DesignHit> Hits);

/// <summary>
/// Decides the design from the cue evidence, strongest design first: a synthesis or a protocol names itself;
/// a randomised trial says it randomised; then other trials, single patients, the kinds of primary research
/// PubMed has no type for, observational designs and reviews. The first design with enough evidence wins.
/// </summary>
internal static class DesignClassifier
{
    public static DesignCall Classify(DesignText text, bool reportsOwnData, int largestSample)
    {
        var meta = DesignEvidence.Find(text, DesignCues.MetaAnalysis);
        var systematic = DesignEvidence.Find(text, DesignCues.SystematicReview);
        // A review cites other work by nature, so its cues are not checked for mentions of other studies.
        var narrative = DesignEvidence.Find(text, DesignCues.NarrativeReview, checkMentions: false);
        var reviewTitle = TitleOnly(text, DesignCues.ReviewTitle);

        // Plans in the future tense describe this study whatever section they sit in.
        var protocol = DesignEvidence.Find(text, DesignCues.Protocol, anyRole: true);
        if (protocol.InTitle || protocol.Score >= 1.5)
        {
            return Call("protocol", "", 0.8, protocol);
        }

        // A title that calls the review narrative, scoping or a literature review settles it; a case report
        // "with a review of the literature" is still a case report.
        var namedReview = TitleOnly(text, DesignCues.NonSystematicReviewTitle);
        if (namedReview.Any && !TitleOnly(text, DesignCues.CaseReport).Any && !TitleOnly(text, DesignCues.CaseReportTitle).Any && !meta.InTitle)
        {
            return Call("narrative-review", "", 0.8, namedReview);
        }

        if (meta.Score >= 0.9 || meta.InTitle)
        {
            return Call("meta-analysis", "", 0.9, meta);
        }

        if (systematic.Score >= 0.9 || systematic.InTitle)
        {
            return Call("systematic-review", "", 0.85, systematic);
        }

        var caseReport = DesignEvidence.Find(text, DesignCues.CaseReport, anyRole: true);
        var caseSupport = DesignEvidence.Find(text, DesignCues.CaseReportSupport, anyRole: true);
        var caseSeries = SmallSeries(DesignEvidence.Find(text, DesignCues.CaseSeries, anyRole: true));
        var caseTitle = TitleOnly(text, DesignCues.CaseReportTitle);
        if ((caseReport.InTitle || caseTitle.Any && (caseReport.Any || caseSupport.Any)) && !caseSeries.Any)
        {
            return Call("case-report", "", 0.9, caseReport);
        }

        var editorialTitle = TitleOnly(text, DesignCues.EditorialTitle);
        var editorial = DesignEvidence.Find(text, DesignCues.EditorialText, checkMentions: false);
        if (editorialTitle.Any || editorial.Score >= 0.5 && !reportsOwnData)
        {
            return Call("editorial", "", 0.7, editorialTitle.Any ? editorialTitle : editorial);
        }

        var guidelineTitle = TitleOnly(text, DesignCues.GuidelineTitle);
        var issuedBy = TitleOnly(text, DesignCues.IssuingBody);
        var guideline = DesignEvidence.Find(text, DesignCues.Guideline);
        if (guidelineTitle.Any && (guideline.Any || !reportsOwnData) || issuedBy.Any && guideline.Score >= 0.5 && !reportsOwnData || guideline.Score >= 1.8)
        {
            return Call("guideline", "", 0.7, guideline.Any ? guideline : guidelineTitle);
        }

        // Animal and laboratory work may randomise too; PubMed keeps its trial types for human studies.
        var animals = DesignEvidence.Find(text, DesignCues.Animals, checkMentions: false);
        if (animals.InTitle || animals.Score >= 1.5)
        {
            return Call("animal-or-lab", "", 0.7, animals);
        }

        var randomised = DesignEvidence.Find(text, DesignCues.Randomised);
        var notRandomised = DesignEvidence.Find(text, DesignCues.NotRandomised);
        var blindedControlled = DesignEvidence.Find(text, DesignCues.BlindedControlled);
        if (randomised.Score >= 0.5 && randomised.Score > notRandomised.Score)
        {
            return Call("randomized-controlled-trial", "", randomised.Score >= 1.5 ? 0.95 : 0.85, randomised);
        }

        var source = DesignEvidence.Find(text, DesignCues.RandomisedSource, checkMentions: false);
        if (source.Score >= 0.5)
        {
            return Call("randomized-controlled-trial", "", 0.75, source);
        }

        var placebo = DesignEvidence.Find(text, DesignCues.PlaceboComparison);
        if ((blindedControlled.Score >= 0.9 || placebo.Score >= 1.2) && !notRandomised.Any)
        {
            return Call("randomized-controlled-trial", "", 0.7, blindedControlled.Any ? blindedControlled : placebo);
        }

        var allocation = DesignEvidence.Find(text, DesignCues.Allocation);
        var retrospective = DesignEvidence.Find(text, DesignCues.Observational);
        if (allocation.Score >= 0.9 && !notRandomised.Any && !retrospective.Any)
        {
            return Call("randomized-controlled-trial", "", 0.6, allocation);
        }

        if (caseSeries.Any && caseSeries.Score >= caseReport.Score && largestSample < 10)
        {
            return Call("case-series", "", 0.7, caseSeries);
        }

        if (caseReport.Any && (caseReport.Score + caseSupport.Score >= 1.5 || largestSample < 10 && caseReport.Score >= 0.9)
            || largestSample < 10 && (caseSupport.Score >= 2 || caseTitle.Any && !reportsOwnData))
        {
            return Call("case-report", "", caseReport.Score >= 2 ? 0.9 : 0.75, caseReport);
        }

        var trial = DesignEvidence.Find(text, DesignCues.Trial);
        if (notRandomised.Score >= 0.5 || trial.Score >= 0.9)
        {
            return Call("non-randomized-trial", "", 0.65, notRandomised.Any ? notRandomised : trial);
        }

        var treated = DesignEvidence.Find(text, DesignCues.Treated);
        if (treated.Score >= 0.9 && DesignEvidence.Find(text, DesignCues.Prospective).Any && !retrospective.Any)
        {
            return Call("non-randomized-trial", "", 0.55, treated);
        }

        var diagnostic = DesignEvidence.Find(text, DesignCues.DiagnosticAccuracy);
        if (diagnostic.Score >= 1.5 || diagnostic.Score >= 0.9 && diagnostic.Hits.Any(h => DesignCues.DiagnosticCore.IsMatch(h.Cue)))
        {
            return Call("diagnostic-accuracy", "", 0.6, diagnostic);
        }

        var economic = DesignEvidence.Find(text, DesignCues.Economic);
        if (economic.Score >= 1.0)
        {
            return Call("economic-evaluation", "", 0.7, economic);
        }

        var qualitative = DesignEvidence.Find(text, DesignCues.Qualitative);
        if (qualitative.Score >= 1.0)
        {
            return Call("qualitative", "", 0.7, qualitative);
        }

        var lab = DesignEvidence.Find(text, DesignCues.AnimalOrLab);
        if (lab.Score >= 1.0)
        {
            return Call("animal-or-lab", "", 0.6, lab);
        }

        var caseControl = DesignEvidence.Find(text, DesignCues.CaseControl);
        if (caseControl.Score >= 0.9)
        {
            return Call("observational-study", "case-control", 0.75, caseControl);
        }

        var cohort = DesignEvidence.Find(text, DesignCues.Cohort);
        if (cohort.Score >= 0.9)
        {
            return Call("observational-study", "cohort", 0.7, cohort);
        }

        var crossSectional = DesignEvidence.Find(text, DesignCues.CrossSectional);
        if (crossSectional.Score >= 0.9)
        {
            return Call("observational-study", "cross-sectional", 0.65, crossSectional);
        }

        var observational = DesignEvidence.Find(text, DesignCues.Observational);
        if (observational.Score >= 0.9)
        {
            return Call("observational-study", "", 0.6, observational);
        }

        // "This paper describes" or "we discuss" name no review: it counts only when the text reports no work of
        // its own and describes no system (method and software papers say the same words).
        var namesReview = narrative.Hits.Any(h => DesignCues.ReviewNamed.IsMatch(h.Cue));
        var describesWork = reportsOwnData || DesignEvidence.Find(text, DesignCues.SystemDescription, checkMentions: false).Hits.Count >= 2;
        if (narrative.Score >= 0.8 && (namesReview || !describesWork) || reviewTitle.Any)
        {
            return Call("narrative-review", "", 0.6, reviewTitle.Any ? reviewTitle : narrative);
        }

        // An abstract that reports no work of its own (nothing done, measured or counted) and describes no
        // system or project is most often an overview of a topic.
        if (text.Document.Sentences.Count >= 3 && !reportsOwnData
            && !DesignEvidence.Find(text, DesignCues.OwnWork, checkMentions: false).Any
            && DesignEvidence.Find(text, DesignCues.SystemDescription, checkMentions: false).Hits.Count < 2)
        {
            return new DesignCall("narrative-review", "", 0.45, []);
        }

        return new DesignCall("other", "", 0.3, []);
    }

    private static DesignCall Call(string kind, string subtype, double confidence, DesignEvidence evidence)
    {
        // Independent cues in several places make a design surer than one.
        var distinct = evidence.Hits.Select(h => h.SentenceIndex).Distinct().Count();
        return new DesignCall(kind, subtype, Math.Round(Math.Min(0.98, confidence + (distinct > 1 ? 0.05 : 0)), 2), evidence.Hits);
    }

    /// <summary>A series of 2 to 9 patients, or one whose size is not given: larger series are observational.</summary>
    private static DesignEvidence SmallSeries(DesignEvidence series) =>
        series.Hits.Any(h => NumberWords.TryParseLeading(SeriesSize(h.Cue), out var n) ? n is >= 2 and < 10 : SeriesSize(h.Cue).Length == 0) ? series : DesignEvidence.None;

    private static string SeriesSize(string cue) => DesignCues.CaseSeries.Pattern.Match(cue).Groups["n"].Value;

    private static DesignEvidence TitleOnly(DesignText text, Cue cue) =>
        DesignEvidence.Find(text, cue, checkMentions: false, titleOnly: true);
}
