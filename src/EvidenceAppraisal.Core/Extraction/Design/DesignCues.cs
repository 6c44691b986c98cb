using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>Text cues for each design. Order matters in <see cref="DesignExtractor"/>: the strongest design wins.</summary>
internal static partial class DesignCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(meta-?analys[ie]s|meta-?analytic|pooled analysis of (?:\w+ ){0,3}(?:trials|studies)|network meta)\b", Options, 1000)]
    public static partial Regex MetaAnalysis();

    [GeneratedRegex(@"\b(systematic(?:ally)? (?:review|search|literature search|searched)|we searched (?:\w+ ){0,4}(?:MEDLINE|PubMed|Embase|Cochrane|databases?)|(?:PubMed|MEDLINE|Embase|Cochrane Library|Web of Science)(?:,| and| or) (?:\w+ ){0,3}(?:were|was) searched|PRISMA|scoping review|umbrella review)\b", Options, 1000)]
    public static partial Regex SystematicReview();

    [GeneratedRegex(@"\b(randomi[sz]ed(?:,)? (?:\w+[- ]){0,4}(?:trial|study)|randomly (?:assigned|allocated|divided)|were randomi[sz]ed|was randomi[sz]ed|randomi[sz]ation|RCT)\b", Options, 1000)]
    public static partial Regex Randomised();

    [GeneratedRegex(@"\b(non-?randomi[sz]ed|not randomi[sz]ed|without randomi[sz]ation|randomi[sz]ed (?:\w+ ){0,2}(?:was|were|is) not|randomi[sz]ation was not|quasi-?randomi[sz]ed)\b", Options, 1000)]
    public static partial Regex NotRandomised();

    [GeneratedRegex(@"\b(randomi[sz]ed (?:controlled )?trials?|RCTs)\b(?! (?:was|were) (?:conducted|performed|done))", Options, 1000)]
    public static partial Regex TrialsMentionedAsEvidence();

    [GeneratedRegex(@"\b(single-arm|open-label|phase (?:I|II|III|1|2|3)\b|pilot (?:study|trial)|(?:clinical|controlled) trial|prospective(?:,)? (?:\w+ ){0,2}trial|feasibility (?:study|trial))", Options, 1000)]
    public static partial Regex Trial();

    [GeneratedRegex(@"\b(case[- ]control)\b", Options, 1000)]
    public static partial Regex CaseControl();

    [GeneratedRegex(@"\b(cohort|longitudinal study|registry-based|population-based|follow-up study)\b", Options, 1000)]
    public static partial Regex Cohort();

    [GeneratedRegex(@"\b(cross-?sectional|survey|questionnaire)\b", Options, 1000)]
    public static partial Regex CrossSectional();

    [GeneratedRegex(@"\b(retrospective(?:ly)?|prospective(?:ly)?|observational|database|medical records|chart review|real-world)\b", Options, 1000)]
    public static partial Regex Observational();

    [GeneratedRegex(@"\b(case report|we (?:report|present|describe) (?:a|an|the|two|three) (?:\w+[- ]){0,4}(?:case|patient|man|woman|boy|girl|child|infant)|a (?:\d+|\w+)-year-old (?:man|woman|male|female|boy|girl|patient)|(?:this|a) rare case)\b", Options, 1000)]
    public static partial Regex CaseReport();

    [GeneratedRegex(@"\b(case series|series of \d+ (?:patients|cases)|we (?:report|describe) \d+ (?:patients|cases))\b", Options, 1000)]
    public static partial Regex CaseSeries();

    [GeneratedRegex(@"\b(this (?:article|paper|review|chapter) (?:reviews|summari[sz]es|discusses|describes|provides|highlights|focuses)|we (?:review|summari[sz]e|discuss|provide an overview|highlight)|(?:is|are) reviewed|(?:an |a )?(?:narrative |literature |brief |comprehensive |critical )?review of|overview of|in this review|recent advances|current (?:knowledge|understanding|evidence|status)|studies have (?:found|shown|reported|demonstrated)|domestic and foreign studies|literature)\b", Options, 1000)]
    public static partial Regex NarrativeReview();

    [GeneratedRegex(@"\b(guidelines?|recommendations? (?:for|on)|consensus (?:statement|conference)|position statement|expert panel)\b", Options, 1000)]
    public static partial Regex Guideline();

    [GeneratedRegex(@"\b(study protocol|protocol for|this protocol|will be randomi[sz]ed|will be recruited|will be enrolled)\b", Options, 1000)]
    public static partial Regex Protocol();

    [GeneratedRegex(@"\b(mice|mouse|rats?|murine|porcine|rabbits?|in vitro|cell lines?|cultured cells|zebrafish|animal model)\b", Options, 1000)]
    public static partial Regex AnimalOrLab();

    [GeneratedRegex(@"\b(sensitivity and specificity|diagnostic accuracy|area under the (?:receiver|ROC|curve)|positive predictive value)\b", Options, 1000)]
    public static partial Regex DiagnosticAccuracy();

    [GeneratedRegex(@"\b(cost-effectiveness|cost-utility|QALYs?|incremental cost|economic evaluation)\b", Options, 1000)]
    public static partial Regex Economic();

    [GeneratedRegex(@"\b(qualitative (?:study|interviews?|analysis)|semi-structured interviews?|focus groups?|thematic analysis)\b", Options, 1000)]
    public static partial Regex Qualitative();

    [GeneratedRegex(@"\b(double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|triple[- ]blind(?:ed)?|blinded|masked)\b", Options, 1000)]
    public static partial Regex Blinding();

    [GeneratedRegex(@"\b(placebo)\b", Options, 1000)]
    public static partial Regex Placebo();

    [GeneratedRegex(@"\b(multi-?cent(?:er|re)|multi-?site|\d+ (?:centers|centres|sites|hospitals))\b", Options, 1000)]
    public static partial Regex Multicentre();

    [GeneratedRegex(@"\b(cross-?over)\b", Options, 1000)]
    public static partial Regex Crossover();

    [GeneratedRegex(@"\b(cluster[- ]randomi[sz]ed|cluster trial|clusters)\b", Options, 1000)]
    public static partial Regex Cluster();

    [GeneratedRegex(@"\b(non-?inferiority|equivalence)\b", Options, 1000)]
    public static partial Regex NonInferiority();

    [GeneratedRegex(@"\b(pilot|feasibility)\b", Options, 1000)]
    public static partial Regex Pilot();

    [GeneratedRegex(@"\bphase\s+(?<phase>I{1,3}V?|IV|[1-4])\b", Options, 1000)]
    public static partial Regex Phase();
}
