using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>
/// Text cues for each design and trait. A cue says what a sentence names; whether it names this study
/// (and not a study it cites, wishes for or could not run) is decided by <see cref="DesignMentions"/> and
/// by where the sentence sits (<see cref="DesignEvidence"/>).
/// </summary>
internal static partial class DesignCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The design cues, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    // Each cue with the words every one of its matches holds; the patterns follow.
    public static readonly Cue MetaAnalysis = Set.Add(MetaAnalysisPattern(), "meta*|pooled|random|fixed|i2|²|heterogeneity");
    public static readonly Cue SystematicReview = Set.Add(SystematicReviewPattern(), "systematic*|umbrella|search*|prisma|reviewers|reviewed|bias|extraction|eligible|included|selected|identified|met");
    public static readonly Cue NarrativeReview = Set.Add(NarrativeReviewPattern(), "review*|summar*|discuss*|describe*|highlight*|outline*|overview|update|examine|article|paper|chapter|commentary|current|recent|state|future|emerging|growing|accumulating|domestic|found|shown|reported|demonstrated|suggested|essay");
    public static readonly Cue NonSystematicReviewTitle = Set.Add(NonSystematicReviewTitlePattern(), "review|literature");
    public static readonly Cue ReviewTitle = Set.Add(ReviewTitlePattern(), "review|overview|update|revisited|current|state|recent|what|perspective*|lessons|challenges|bench|basic");
    public static readonly Cue OwnWork = Set.Add(OwnWorkPattern(), "we|were|was|this|present|current|our|patients|participants|subjects|children|women|men|cases|samples|specimens|isolates|mice|rats|p");
    public static readonly Cue SystemDescription = Set.Add(SystemDescriptionPattern(), "system|systems|software|network|networks|database|platform|architecture|prototype|application|interface|infrastructure|project|program|programme|implementation|web|internet|computer|computerized|computerised|electronic|information|informatics|telemedicine|telehealth");
    public static readonly Cue Randomised = Set.Add(RandomisedPattern(), "randomi*|randomly|random|rct|rcts|either");
    public static readonly Cue NotRandomised = Set.Add(NotRandomisedPattern(), "randomi*|quasi*|nonrandomi*|unrandomi*|pseudorandomi*");
    public static readonly Cue RandomisedSource = Set.Add(RandomisedSourcePattern(), "randomi*|rct|rcts");
    public static readonly Cue Allocation = Set.Add(AllocationPattern(), "either|assigned|allocated");
    public static readonly Cue PlaceboComparison = Set.Add(PlaceboComparisonPattern(), "placebo|sham");
    public static readonly Cue BlindedControlled = Set.Add(BlindedControlledPattern(), "blind|blinded|masked|placebo|sham|dummy");
    public static readonly Cue Trial = Set.Add(TrialPattern(), "single|open|uncontrolled|noncomparative|comparative|phase|dose|tolerated|trial|quasi*|pre|prepost|before");
    public static readonly Cue Treated = Set.Add(TreatedPattern(), "study|single|were|received|was");
    public static readonly Cue Prospective = Set.Add(ProspectivePattern(), "prospective|prospectively|enrolled|recruited|were");
    public static readonly Cue Protocol = Set.Add(ProtocolPattern(), "protocol|rationale|will|recruiting|ongoing");
    public static readonly Cue CaseReport = Set.Add(CaseReportPattern(), "case|cases|presentation|apropos|propos|we|authors|this|report|reports|reported|old|aged|years|months|10s|20s|30s|40s|50s|60s|70s|80s|90s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|male|female|rare|unusual|unique");
    public static readonly Cue CaseReportTitle = Set.Add(CaseReportTitlePattern(), "");
    public static readonly Cue CaseReportSupport = Set.Add(CaseReportSupportPattern(), "case|patient|presented|admitted|referred|hospitalized|hospitalised|brought|family|man|woman|boy|girl|child|infant|neonate|patients|children|boys|girls|siblings|brothers|sisters|literature|report|reported|described|she|he");
    public static readonly Cue CaseSeries = Set.Add(CaseSeriesPattern(), "series|report|presentation|we|authors|cases");
    public static readonly Cue CaseControl = Set.Add(CaseControlPattern(), "case|referent|matched");
    public static readonly Cue Cohort = Set.Add(CohortPattern(), "cohort|cohorts|followed|longitudinal|registry|register|database|sample|study|person|incidence|hazard");
    public static readonly Cue CrossSectional = Set.Add(CrossSectionalPattern(), "cross|crosssectional|sectional|survey|surveys|questionnaire|questionnaires|prevalence|response");
    public static readonly Cue Observational = Set.Add(ObservationalPattern(), "observational|retrospective|retrospectively|prospectively|records|charts|chart|files|notes|claims|insurance|administrative|real|registry|register|database|secondary|data|reviewed|analyzed|analysed|ecological|descriptive|correlational|natural");
    public static readonly Cue Animals = Set.Add(AnimalsPattern(), "mice|mouse|murine|rat|rats|rodent|rodents|rabbit|rabbits|dogs|canine|pigs|porcine|swine|sheep|ovine|lambs|piglets|monkeys|primates|macaques|zebrafish|horses|cattle|cows|calves|goats|chickens|broilers|hamsters|guinea");
    public static readonly Cue AnimalOrLab = Set.Add(AnimalOrLabPattern(), "mice|mouse|murine|rat|rats|rodent|rodents|rabbit|rabbits|dogs|canine|pigs|porcine|swine|sheep|ovine|lambs|piglets|monkeys|primates|macaques|zebrafish|drosophila|elegans|vitro|vivo|silico|cell|cells|line|lines|cultured|culture|cultures|xenograft|xenografts|knockout|transgenic|animal|were|western|immunoblot|pcr|rt|qpcr|cytometry|knock|knockdown|sirna|overexpression|plasmid|plasmids|recombinant|crystal|docking|synthesized|synthesised|spectroscopy|nanoparticle|nanoparticles|bacteria|isolates|strains");
    public static readonly Cue DiagnosticAccuracy = Set.Add(DiagnosticAccuracyPattern(), "sensitivity|specificity|diagnostic|predictive|area|auc|auroc|receiver|roc|likelihood|reference|gold|observer|interobserver|rater|interrater|kappa|validation|validated|validate|validity|reliability");
    public static readonly Cue Economic = Set.Add(EconomicPattern(), "cost|qaly|qalys|quality|incremental|icer|economic|willingness|markov|budget|decision");
    public static readonly Cue Qualitative = Set.Add(QualitativePattern(), "qualitative|interview|interviews|focus|thematic|thematically|theme|themes|grounded|phenomenolog*|content|ethnograph*|interpretative");
    public static readonly Cue Guideline = Set.Add(GuidelinePattern(), "guideline|guidelines|recommendation|recommendations|recommend|recommends|suggest|suggests|advise|advises|consensus|position|expert|task|working|practice|policy|clinical|grade|delphi|should|must|advised|encouraged");
    public static readonly Cue GuidelineTitle = Set.Add(GuidelineTitlePattern(), "");
    public static readonly Cue IssuingBody = Set.Add(IssuingBodyPattern(), "");
    public static readonly Cue EditorialTitle = Set.Add(EditorialTitlePattern(), "");
    public static readonly Cue EditorialText = Set.Add(EditorialTextPattern(), "read|issue|accompanying|corrects|editor|commentary|letter|viewpoint|perspective|opinion|essay|argue|contend|believe|editorial");
    public static readonly Cue Blinding = Set.Add(BlindingPattern(), "blind|blinded|masked|mask|blinding");
    public static readonly Cue OpenLabel = Set.Add(OpenLabelPattern(), "open|unblinded|nonblinded|blinded");
    public static readonly Cue Placebo = Set.Add(PlaceboPattern(), "placebo|sham|dummy");
    public static readonly Cue Multicentre = Set.Add(MulticentrePattern(), "multicenter|multicentre|multicentric|multi|multisite|multiinstitutional|multinational|international|centers|centres|sites|hospitals|clinics|institutions|countries");
    public static readonly Cue Crossover = Set.Add(CrossoverPattern(), "crossover|cross|crossed");
    public static readonly Cue Cluster = Set.Add(ClusterPattern(), "cluster|clusters|randomized|randomised|stepped");
    public static readonly Cue NonInferiority = Set.Add(NonInferiorityPattern(), "noninferiority|inferiority|noninferior|inferior");
    public static readonly Cue Equivalence = Set.Add(EquivalencePattern(), "equivalence|bioequivalence|bioequivalent");
    public static readonly Cue Pilot = Set.Add(PilotPattern(), "pilot|feasibility");
    public static readonly Cue Phase = Set.Add(PhasePattern(), "phase");
    public static readonly Cue SecondaryAnalysis = Set.Add(SecondaryAnalysisPattern(), "post|posthoc|hoc|secondary|exploratory|ancillary|subgroup|pooled|follow|followup|extension");

    /// <summary>First person, "this study", or the past-tense passive of a study step: the sentence reports this study.</summary>
    /// <summary>The phrases that by themselves name a diagnostic accuracy study.</summary>
    /// <summary>A narrative-review cue that names a review or the literature, not just "this paper describes".</summary>
    public static readonly Cue ReviewNamed = Set.Add(ReviewNamedPattern(), "review*|overview|update|literature|state|summar*|recent|current|emerging|growing|accumulating|domestic|studies|research|evidence|reports|essay");

    [GeneratedRegex(@"\b(?:review|reviews|reviewed|overview|update|literature|essay|state of the art|summari[sz]e|summari[sz]es|summari[sz]ed|recent (?:advances|developments|progress|findings|insights)|current (?:knowledge|understanding|evidence|status|concepts|state|perspectives)|(?:emerging|growing|accumulating) (?:evidence|body)|domestic and foreign|(?:studies|research|evidence|reports) (?:have|has))\b", Options, 1000)]
    private static partial Regex ReviewNamedPattern();

    public static readonly Cue DiagnosticCore = Set.Add(DiagnosticCorePattern(), "sensitivity|specificity|diagnostic|predictive|reference");

    [GeneratedRegex(@"\b(?:sensitivity and specificity|specificity and sensitivity|diagnostic (?:accuracy|performance|test accuracy)|(?:positive|negative) predictive values?|reference standard)\b", Options, 1000)]
    private static partial Regex DiagnosticCorePattern();

    public static readonly Cue ThisStudy = Set.Add(ThisStudyPattern(), "we|our|this|present|current|authors|herein|was|were");

    [GeneratedRegex(@"\b(?:we|our|(?:this|the present|the current)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|review|meta-analysis|analysis|investigation|report|paper|work|survey|protocol|series|experiment)|the (?:present|current) (?:study|trial|investigation)|the authors|herein|(?:was|were) (?:\w+ly )?(?:assessed|evaluated|compared|investigated|examined|studied|conducted|performed|tested|randomi[sz]ed|enrolled|recruited|included|assigned|allocated|treated|given|administered|measured|followed|analy[sz]ed|carried out|undertaken))\b", Options, 1000)]
    private static partial Regex ThisStudyPattern();

    // ---- syntheses -------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?:(?<!systematic reviews (?:and|&) )(?<!systematic reviews (?:and|&) network )meta-?analys[ie]s|meta-?analytic(?:al)?|meta-?regression|network meta|pooled analysis of (?:\w+ ){0,3}(?:trials|studies|cohorts)|pooled (?:odds ratio|relative risk|risk ratio|hazard ratio|estimate|prevalence|mean difference|sensitivity)|random-effects? (?:model|meta)|fixed-effects? model|I(?:2|²) ?=|(?:statistical|between-study|substantial|significant|low|moderate|high) heterogeneity|heterogeneity (?:was|were) (?:assessed|evaluated|explored|low|high|substantial|moderate|significant|considerable))\b", Options, 1000)]
    private static partial Regex MetaAnalysisPattern();

    [GeneratedRegex(@"\b(?:systematic(?:ally)? (?:review(?:ed)?|search(?:ed)?|literature (?:search|review)|overview)|umbrella review|(?:we|were|was) searched (?:\w+ ){0,6}(?:MEDLINE|PubMed|Embase|EMBASE|Cochrane|CINAHL|PsycINFO|Web of Science|Scopus|databases?|registers?)|(?:MEDLINE|PubMed|Embase|EMBASE|Cochrane (?:Library|Central|CENTRAL|Register)|CENTRAL|CINAHL|Web of Science|Scopus|LILACS|PsycINFO)(?:,| and| or)? (?:[\w(),-]+ ){0,12}(?:were|was) (?:searched|systematically searched|reviewed)|(?:electronic |literature )?databases? (?:were|was) searched|PRISMA|search(?:ed)? (?:of )?(?:electronic )?databases|(?:two|2|independent) reviewers (?:independently )?(?:screened|extracted|assessed)|risk of bias (?:was|were) assessed|data extraction|eligible (?:studies|trials) (?:were|was)|studies (?:were|was) (?:included|eligible|selected|identified)|(?:\d+|[a-z]+) (?:studies|trials|RCTs|articles|publications) (?:were|was|met) (?:included|identified|eligible|selected|the inclusion))\b", Options, 1000)]
    private static partial Regex SystematicReviewPattern();

    [GeneratedRegex(@"\b(?:scoping review|rapid review|integrative review|literature review|review of (?:the )?(?:[\w-]+ ){0,3}literature|theoretical essay|narrative review|critical review|mini-?review|state[- ]of[- ]the[- ]art review|this review|the present review|our review|in this (?:review|article|paper|chapter|overview)|we (?:review|summari[sz]e|discuss|describe|highlight|outline|overview|provide an? (?:overview|update|summary|review)|present an? (?:overview|update|summary|review)|examine the (?:literature|evidence))|(?:are|is) (?:reviewed|discussed|summari[sz]ed|highlighted|outlined|presented and discussed)|this (?:article|paper|review|chapter|overview|commentary|update) (?:reviews|summari[sz]es|discusses|describes|provides|highlights|focuses|outlines|presents|explores|examines|considers|addresses|aims to (?:review|summari[sz]e|provide|discuss|describe|highlight))|(?:an? |brief |comprehensive |short |recent )?(?:overview|update|review) (?:of|on) (?:the )?(?:current|recent|latest|existing|available)|recent (?:advances|developments|progress|findings|insights|literature)|current (?:knowledge|understanding|evidence|status|concepts|state|perspectives|literature)|state of the art|future (?:directions|perspectives|research directions|challenges)|(?:emerging|growing|accumulating) (?:evidence|body of (?:evidence|literature|research))|domestic and foreign (?:studies|research)|(?:studies|research|evidence|reports) (?:have|has) (?:found|shown|reported|demonstrated|suggested))\b", Options, 1000)]
    private static partial Regex NarrativeReviewPattern();

    /// <summary>A title that names a review which is not systematic.</summary>
    [GeneratedRegex(@"\b(?:narrative|scoping|literature|integrative|critical|historical|rapid|mini-?) review\b|\breview of (?:the )?literature\b", Options, 1000)]
    private static partial Regex NonSystematicReviewTitlePattern();

    [GeneratedRegex(@"(?:[:.?] ?(?:an?|the)? ?(?:brief |short |narrative |clinical |critical |comprehensive |systematic |historical |literature |mini-?)?(?:review|overview|update)(?: of (?:the )?literature| and (?:update|perspectives?|meta-analysis))?\.?$|^(?:A |An )?(?:review|overview|update) (?:of|on)\b|\brevisited\.?$|\b(?:current (?:concepts|perspectives|status|understanding|evidence|management|trends)|state of the art|recent advances|an update|what(?:'s| is) new|perspectives? on|lessons (?:learned|from)|challenges and (?:opportunities|perspectives|future)|from (?:bench|basic) to)\b)", Options, 1000)]
    private static partial Regex ReviewTitlePattern();

    /// <summary>Language of a study's own work: what it did, measured or found, and on how many.</summary>
    [GeneratedRegex(@"\b(?:we (?:\w+ly )?(?:found|observed|measured|investigated|examined|studied|performed|used|developed|analy[sz]ed|identified|enrolled|recruited|included|conducted|assessed|evaluated|compared|tested|determined|collected|obtained|report|present|describe|demonstrate|show|showed|propose|designed|built|implemented|created|established|applied|explored|characteri[sz]ed|generated|screened|sequenced|treated|administered|calculated|estimated|detected|quantified|constructed|synthesi[sz]ed|prepared|fabricated)|(?:were|was) (?:\w+ly )?(?:measured|assessed|collected|analy[sz]ed|enrolled|randomi[sz]ed|recruited|included|obtained|treated|performed|evaluated|compared|determined|studied|examined|investigated|observed|found|detected|identified|reviewed|followed|tested|calculated|used|estimated|conducted|carried out|recorded|analysed|developed|created|implemented|designed|built|synthesi[sz]ed|prepared|isolated|characteri[sz]ed|quantified|sequenced)|(?:this|the present|the current|our) (?:study|work|investigation|experiment|analysis|research|survey|paper|project|system|approach|method|model|tool|algorithm|software|program)|(?:\d+|" + Numbers.NumberWords.Pattern + @") (?:patients|participants|subjects|children|women|men|cases|samples|specimens|isolates|mice|rats)\b|\b[pP] ?[<=>])", Options, 1000)]
    private static partial Regex OwnWorkPattern();

    /// <summary>A description of a system, tool or project rather than of a body of literature.</summary>
    [GeneratedRegex(@"\b(?:system|systems|software|network|networks|database|platform|architecture|prototype|application|interface|infrastructure|project|program|programme|implementation|web-based|internet|computer|computeri[sz]ed|electronic|information technology|informatics|telemedicine|telehealth)\b", Options, 1000)]
    private static partial Regex SystemDescriptionPattern();

    // ---- trials ----------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?:randomi[sz]ed(?:[,\s]+(?:and |or )?(?:[\w-]+|\d:\d|two-|three-|four-)){0,8}?[,\s]+(?:trials?|studies|study|experiments?|designs?|fashion|manner|comparisons?|evaluations?|investigations?|pilot)|randomi[sz]ed (?:\w+ )?(?:to|into|in|between|at|by|within|on|with|1:1|2:1|\d:\d)|randomi[sz]ed (?:patients|participants|subjects|women|men|children|infants|adults|volunteers|individuals|groups?|arms?|controlled|clinical|comparative|crossover|cross-over|double-blind|placebo-controlled|trial|study)|(?:received|receive|given|assigned to|allocated to) either\b|(?:were|was|being|been|are|is|subjects|patients|participants) (?:then |subsequently |also |prospectively |centrally |individually )?(?:\w+ly )?randomi[sz]ed|randomly (?:assigned|allocated|divided|distributed|split|given|received|receiving|to receive|chosen to receive|placed|sorted)|(?:assigned|allocated|divided) randomly|in (?:a )?random(?:i[sz]ed)? (?:order|sequence)|random (?:assignment|allocation)|(?<!mendelian |mendelian-)randomi[sz]ation|RCTs?|randomly (?:assign|allocate))\b", Options, 1000)]
    private static partial Regex RandomisedPattern();

    [GeneratedRegex(@"\b(?:non-?randomi[sz]ed|un-?randomi[sz]ed|not (?:\w+ )?randomi[sz]ed|without randomi[sz]ation|quasi-?randomi[sz]ed|quasi-?experimental|pseudo-?randomi[sz]ed|no randomi[sz]ation|randomi[sz]ation (?:was|is|would be) not)\b", Options, 1000)]
    private static partial Regex NotRandomisedPattern();

    /// <summary>Data from a randomised trial analysed again: PubMed indexes these as trials.</summary>
    [GeneratedRegex(@"\b(?:secondary|post[- ]?hoc|ancillary|exploratory|pre-?specified|subgroup|pooled) (?:\w+ ){0,3}(?:analys[ie]s|study|studies|report) (?:of|from|using|in) (?:\w+ ){0,8}?(?:randomi[sz]ed|RCTs?\b)", Options, 1000)]
    private static partial Regex RandomisedSourcePattern();

    /// <summary>Participants allocated to one of two or more treatments ("were treated with either A or B").</summary>
    [GeneratedRegex(@"\b(?:received|receive|receiving|given|treated|assigned|allocated|divided|distributed|split)\b[^.;]{0,50}?\beither\b[^.;]{3,120}?\bor\b|\b(?:were|was) (?:assigned|allocated) (?:in)?to (?:one of )?(?:two|three|four|2|3|4) (?:\w+ )?(?:groups|arms)", Options, 1000)]
    private static partial Regex AllocationPattern();

    /// <summary>An agent compared against placebo or sham within the study.</summary>
    [GeneratedRegex(@"\b(?:either (?:[\w(),/-]+ ){1,8}or (?:a |an |matching |identical )?(?:placebo|sham)|(?:versus|vs\.?|compared (?:with|to)|or) (?:a |an |matching |identical )?(?:placebo|sham)(?! group| arm)|(?:placebo|sham) (?:group|arm|condition|treatment|injections?|tablets?|capsules?))\b", Options, 1000)]
    private static partial Regex PlaceboComparisonPattern();

    [GeneratedRegex(@"\b(?:double[- ]blind(?:ed)?|triple[- ]blind(?:ed)?|double[- ]masked|placebo[- ]controlled|sham[- ]controlled|double[- ]dummy)\b", Options, 1000)]
    private static partial Regex BlindedControlledPattern();

    /// <summary>Cues that name a clinical trial of an intervention.</summary>
    [GeneratedRegex(@"\b(?:single[- ]arm|open[- ]label|uncontrolled (?:trial|study)|non-?comparative|phase (?:0|I{1,3}|IV|1|2|3|4|I/II|II/III|1/2|2/3|Ib|IIa|IIb|1b|2a|2b)\b(?:[\w ,/-]{0,40})?\b(?:trial|study)|dose[- ](?:escalation|finding|ranging)|maximum[- ]tolerated dose|(?:clinical|controlled|therapeutic|pilot|feasibility|intervention|interventional|single-cent(?:er|re)|multicent(?:er|re)) trial|quasi-?experimental|pre-?post(?:[- ]test)?|before[- ]and[- ]after (?:study|design|trial)|pre-? ?and post-?(?:intervention|test))\b", Options, 1000)]
    private static partial Regex TrialPattern();

    /// <summary>Treatment given within the study: a trial when the study is prospective, not when it looks back.</summary>
    [GeneratedRegex(@"\b(?:(?:pilot|feasibility|intervention|interventional|prospective) study|single[- ]group|were (?:prospectively )?(?:treated|given|administered|supplemented)|received (?:\w+ ){0,3}(?:orally|intravenously|subcutaneously|intramuscularly|daily|twice|once|weekly)|was administered|were enrolled (?:in|into) (?:a|an|the|this) (?:\w+ )?(?:study|trial|program))\b", Options, 1000)]
    private static partial Regex TreatedPattern();

    [GeneratedRegex(@"\b(?:prospective(?:ly)?|enrolled|recruited|consecutive patients (?:were )?(?:enrolled|recruited)|were (?:followed|assessed) (?:at|before|after))\b", Options, 1000)]
    private static partial Regex ProspectivePattern();

    [GeneratedRegex(@"\b(?:(?:study |trial )?protocol (?:for|of) (?:a|an|the)|study protocol|trial protocol|this protocol|(?:the|our) protocol (?:describes|outlines)|rationale and design|design and rationale|will be (?:randomi[sz]ed|recruited|enrolled|allocated|assigned|assessed|measured|collected|analy[sz]ed|conducted|included|performed|followed|compared|evaluated|invited)|we will (?:recruit|enrol|enroll|randomi[sz]e|conduct|assess|evaluate|compare|measure|examine|analy[sz]e|search|include|use)|this (?:trial|study|review) will|is (?:currently )?(?:recruiting|ongoing)|(?:results|findings) will be (?:disseminated|published))\b", Options, 1000)]
    private static partial Regex ProtocolPattern();

    // ---- single patients --------------------------------------------------------------------------

    /// <summary>Cues that on their own say the abstract reports one or a few patients.</summary>
    [GeneratedRegex(@"\b(?:case[- ]reports?(?! (?:form|database|system))|case presentation|apropos of|a propos of|(?:we|the authors|authors|this (?:report|article|paper)) (?:here(?:in)? |hereby |now |also )?(?:report(?:s|ed)?|present(?:s|ed)?|describe(?:s|d)?|document(?:s|ed)?|highlight(?:s|ed)?) (?:on )?(?:a|an|the|one|two|three|our|this)\s+(?:[\w-]+,?\s+){0,6}?(?:case|cases|patient|man|woman|boy|girl|child|infant|neonate|newborn|male|female|gentleman|lady|adolescent|family|twins|siblings|kindred|pregnancy)\b|an? (?:rare |unusual |unique |first )?case of|the case of (?:a|an|one|two|\d+)\b|(?:report|presentation) of (?:a |an |one |two |three )?(?:cases?|patients?)\b(?! series)|(?:a|an|one) (?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)s?[- ]old\b|(?:man|woman|boy|girl|male|female|patient) (?:aged|of) \d+ (?:years|months)|(?:in|to) (?:the|her|his) (?:early |mid |late )?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:a|an) (?:\w+ ){0,2}(?:male|female) (?:infant|neonate|newborn|patient|child)|(?:this|a) (?:rare|unusual|unique) (?:case|presentation|entity))\b", Options, 1000)]
    private static partial Regex CaseReportPattern();

    /// <summary>A title naming one or a few patients: "... in a kidney transplant recipient", "... in two boys".</summary>
    [GeneratedRegex(@"\b(?:in|of|from) (?:a|an|one|two|three|four|twin) (?:[\w'-]+ ){0,3}(?:patients?|man|men|woman|women|boys?|girls?|child|children|infants?|neonates?|newborns?|recipient|adolescents?|siblings|brothers|sisters|twins|family|kindred|pregnancy|pregnant woman|athlete|survivor|case|cases)\b", Options, 1000)]
    private static partial Regex CaseReportTitlePattern();

    /// <summary>Cues that support a case report beside another cue but are common in other studies too.</summary>
    [GeneratedRegex(@"\b(?:(?:this|the present) case|our patient|the patient (?:was|had|developed|underwent|received|presented|recovered|died)|(?:presented|was admitted|was referred|was hospitali[sz]ed|was brought) (?:to (?:our|the|a) [\w ()-]{2,40}? )?(?:with|for|because|after|due to)|(?:a|one) family (?:with|in which)|(?:in|of) (?:a|an|one|two|three) (?:[\w-]+ ){0,3}(?:patient|man|woman|boy|girl|child|infant|neonate|patients|children|boys|girls|siblings|brothers|sisters) (?:with|who)\b|review of (?:the )?(?:[\w-]+ ){0,3}literature|theoretical essay|literature review|this report|(?:is|are) (?:here )?(?:reported|presented|described)\b|(?:she|he) (?:was|had|developed|underwent|received|presented|recovered|died|complained)\b)", Options, 1000)]
    private static partial Regex CaseReportSupportPattern();

    /// <summary>A series of patients; the number, when written, is in group <c>n</c>.</summary>
    [GeneratedRegex(@"\b(?:case series|(?:series|report|presentation) of (?<n>\d+|[a-z]+) (?:consecutive )?(?:patients|cases|children|adults)|(?:we|the authors) (?:report|describe|present) (?:our experience with )?(?<n>\d+|[a-z]+) (?:consecutive )?(?:patients|cases|children)|(?<n>\d+|[a-z]+) cases (?:of|with) [\w -]{3,40}? (?:were|are) (?:reported|presented|described))\b", Options, 1000)]
    private static partial Regex CaseSeriesPattern();

    // ---- observational and other primary research ---------------------------------------------------

    [GeneratedRegex(@"\b(?:case[- ]control|case[- ]referent|matched controls)\b", Options, 1000)]
    private static partial Regex CaseControlPattern();

    [GeneratedRegex(@"\b(?:cohort (?:study|studies|analysis|design|of)|(?:prospective|retrospective|longitudinal|population-based|birth|historical|inception|observational|national|nationwide|multicent(?:er|re)|registry-based|matched) cohort|cohorts? (?:were|was) (?:followed|identified|assembled|recruited)|followed (?:up )?(?:prospectively |for a median of |for a mean of |for up to |for )|longitudinal (?:study|analysis|data)|registry[- ]based|(?:national|nationwide|population-based) (?:registry|register|database|sample|study)|follow-up study|person-years|incidence rates?|hazard ratios? (?:for|of) (?:incident|developing))\b", Options, 1000)]
    private static partial Regex CohortPattern();

    [GeneratedRegex(@"\b(?:cross-?sectional|(?:questionnaire|online|web-based|telephone|national|household|postal|mail|nationwide|population-based) surveys?|surveys? (?:was|were) (?:conducted|administered|distributed|sent|completed)|(?:completed|responded to|answered) (?:a|an|the) (?:\w+ ){0,3}(?:questionnaire|survey)|(?:self-administered|structured|standardi[sz]ed|validated) questionnaires?|prevalence (?:study|survey)|response rate)\b", Options, 1000)]
    private static partial Regex CrossSectionalPattern();

    [GeneratedRegex(@"\b(?:observational|retrospective(?:ly)?|prospectively (?:collected|recorded|maintained|enrolled|followed)|(?:medical|hospital|clinical|patient) (?:records|charts|files|notes) (?:were|was) (?:reviewed|analy[sz]ed|examined|searched|retrieved)|(?:review|analysis) of (?:the )?(?:medical|hospital|clinical|patient) (?:records|charts|files|notes)|charts? (?:review|were reviewed)|case notes|(?:administrative|claims|insurance) (?:database|records|data)|real-world|(?:registry|register) (?:data|study|cohort|analysis)|data from (?:the )?(?:\w+ ){0,4}(?:registry|register|database)|database study|secondary analysis of (?:\w+ ){0,3}data|data (?:were|was) (?:obtained|extracted|collected|retrieved) from|we (?:retrospectively )?(?:reviewed|analy[sz]ed|examined|searched) (?:the )?(?:\w+ )?(?:medical|hospital|clinical|patient|case) (?:records|charts|files|notes)|were (?:retrospectively )?(?:reviewed|analy[sz]ed) (?:for|from)|ecological study|descriptive study|correlational study|natural history)\b", Options, 1000)]
    private static partial Regex ObservationalPattern();

    [GeneratedRegex(@"\b(?:mice|mouse|murine|rats?|rodents?|rabbits?|dogs|canine|pigs|porcine|swine|sheep|ovine|lambs|piglets|monkeys|primates|macaques|zebrafish|horses|cattle|cows|calves|goats|chickens|broilers|hamsters|guinea pigs)\b", Options, 1000)]
    private static partial Regex AnimalsPattern();

    [GeneratedRegex(@"\b(?:mice|mouse|murine|rats?|rodents?|rabbits?|dogs|canine|pigs|porcine|swine|sheep|ovine|lambs|piglets|monkeys|primates|macaques|zebrafish|drosophila|C\. elegans|in vitro|ex vivo|in silico|cell lines?|cultured (?:cells|neurons|cardiomyocytes)|cell cultures?|xenografts?|knockout|transgenic|animal models?|(?:cells|bacteria|isolates|strains) were (?:treated|incubated|cultured|exposed|transfected)|were (?:transfected|incubated)|western blot|immunoblot|RT-?PCR|qPCR|flow cytometry|knock-?down|siRNA|overexpression|plasmids?|recombinant protein|crystal structure|molecular docking|synthesi[sz]ed|spectroscopy|nanoparticles?|in vivo and in vitro)\b", Options, 1000)]
    private static partial Regex AnimalOrLabPattern();

    [GeneratedRegex(@"\b(?:sensitivity and specificity|specificity and sensitivity|diagnostic (?:accuracy|performance|value|yield|test accuracy)|(?:positive|negative) predictive values?|area under the (?:receiver|ROC|curve)|AUC|AUROC|receiver operating characteristic|ROC (?:curve|analysis)|likelihood ratios?|reference standard|gold standard|inter-?(?:observer|rater) (?:agreement|reliability)|kappa|validation (?:study|cohort)|(?:validated|validate|validity|reliability) (?:of|in|the))\b", Options, 1000)]
    private static partial Regex DiagnosticAccuracyPattern();

    [GeneratedRegex(@"\b(?:cost[- ](?:effectiveness|utility|benefit|minimi[sz]ation|analysis|analyses|saving|effective)|QALYs?|quality-adjusted life[- ]years?|incremental (?:cost|net)|ICER|economic (?:evaluation|analysis|model|burden)|willingness[- ]to[- ]pay|Markov model|budget impact|decision[- ]analytic model)\b", Options, 1000)]
    private static partial Regex EconomicPattern();

    [GeneratedRegex(@"\b(?:qualitative (?:study|research|design|interviews?|analysis|data|methods?|approach|descriptive|exploratory|inquiry|content)|(?:semi-?structured|in-?depth|face-to-face|individual) interviews?|focus groups?|thematic(?:ally)? analy[sz]|themes? (?:emerged|were identified)|grounded theory|phenomenolog|content analysis|ethnograph|interpretative)\b", Options, 1000)]
    private static partial Regex QualitativePattern();

    // ---- guidance and opinion -------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?:(?:clinical )?(?:practice )?guidelines? (?:for|on|from|of the|of|to)|(?:these|this|the present|the updated|new|updated|our) guidelines?|guideline (?:development|panel|group|committee|update)|recommendations? (?:for|on|regarding|are|were|was) (?:made|developed|provided|formulated|issued|the)|(?:we|the (?:panel|committee|group|task force|society|working group)) (?:recommends?|suggests?|advises?)|consensus (?:statement|conference|report|document|recommendations|guidelines?|was reached|meeting)|position (?:statement|paper)|expert (?:panel|consensus|opinion|committee)|task force|working group|practice parameters?|policy statement|clinical report|GRADE (?:approach|methodology|system)|Delphi)\b|^(?:[A-Z][\w-]+ ){1,3}(?:should|must|are advised to|are encouraged to)\b", Options, 1000)]
    private static partial Regex GuidelinePattern();

    [GeneratedRegex(@"^(?!.*\b(?:adherence|compliance|implementation|implementing|adaptation|adapting|adoption|awareness|knowledge|use of|according to|based on|concordance|deviations?|impact of|effects? of|evaluation|evaluating|survey|study|analysis|trial|audit|quality of|appraisal|comparison|review of)\b).*\b(?:guidelines?|recommendations|consensus (?:statement|conference|report|document|guidelines?)|position (?:statement|paper)|policy statement|practice (?:parameters?|advisory|guidelines?|bulletin|brief)|clinical report)\b", Options, 1000)]
    private static partial Regex GuidelineTitlePattern();

    [GeneratedRegex(@"\b(?:committee|task force|working group|expert panel|(?:academy|society|association|college|federation) of)\b", Options, 1000)]
    private static partial Regex IssuingBodyPattern();

    [GeneratedRegex(@"(?:^(?:re:|re |reply\b|in reply\b|authors?(?:'|'s)? reply|response to (?:the |a |comments?|letters?|[""'“])|comment(?:ary)?(?: on|:)|editorial\b|letter\b|correspondence\b|(?:erratum|corrigendum|correction|retraction)(?:\s*(?::|to\b|notice\b)|\.?$)|viewpoint\b|perspective:|opinion:)|\b(?:an? )?(?:editorial|commentary)\.?$|\b(?:comment on|letter to the editor|reply to|invited commentary)\b)", Options, 1000)]
    private static partial Regex EditorialTitlePattern();

    [GeneratedRegex(@"\b(?:we read with (?:great )?interest|in this issue|the accompanying (?:article|paper|study)|this corrects the article|editor's note|this (?:editorial|commentary|letter|viewpoint|perspective|opinion piece|essay)|in (?:this|my|our) (?:editorial|commentary|letter|viewpoint|opinion)|(?:i|we) (?:argue|contend|believe) that)\b", Options, 1000)]
    private static partial Regex EditorialTextPattern();

    // ---- traits ---------------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?<level>double|single|triple|quadruple|observer|assessor|investigator|evaluator|patient|participant)[- ](?:blind(?:ed)?|mask(?:ed)?)|\b(?<level>blinded|masked)\b|\bblinding\b", Options, 1000)]
    private static partial Regex BlindingPattern();

    [GeneratedRegex(@"\b(?:open[- ]label|unblinded|non-?blinded|not blinded|open (?:trial|study))\b", Options, 1000)]
    private static partial Regex OpenLabelPattern();

    [GeneratedRegex(@"\b(?:placebo(?:[- ]controlled)?|sham(?:[- ]controlled)?|dummy)\b", Options, 1000)]
    private static partial Regex PlaceboPattern();

    [GeneratedRegex(@"\b(?:multi-?cent(?:er|re|ric)|multi-?site|multi-?institutional|multinational|international(?:,)? (?:multi|trial|study)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-[a-z]+) (?:\w+ )?(?:centers|centres|sites|hospitals|clinics|institutions|countries))\b", Options, 1000)]
    private static partial Regex MulticentrePattern();

    [GeneratedRegex(@"\b(?:cross-?over|crossed over to (?:the )?other)\b", Options, 1000)]
    private static partial Regex CrossoverPattern();

    [GeneratedRegex(@"\b(?:cluster[- ](?:randomi[sz]ed|randomi[sz]ation|trial|design|RCT)|clusters? (?:were|was) randomi[sz]ed|randomi[sz]ed by (?:practice|school|village|site|ward|hospital|cluster|community|clinic|centre|center)|stepped[- ]wedge)\b", Options, 1000)]
    private static partial Regex ClusterPattern();

    [GeneratedRegex(@"\b(?:non-?inferiority|noninferior|non-?inferior)\b", Options, 1000)]
    private static partial Regex NonInferiorityPattern();

    [GeneratedRegex(@"\b(?:equivalence (?:trial|study|design|margin)|bioequivalen(?:ce|t)|therapeutic equivalence)\b", Options, 1000)]
    private static partial Regex EquivalencePattern();

    [GeneratedRegex(@"\b(?:pilot|feasibility)\b", Options, 1000)]
    private static partial Regex PilotPattern();

    [GeneratedRegex(@"\bphase[- ]?(?<phase>I{1,3}V?|IV|0|[1-4])(?<sub>[ab])?(?:\s?(?:/|-|and|to)\s?(?<phase2>I{1,3}V?|IV|[1-4])[ab]?)?\b", Options, 1000)]
    private static partial Regex PhasePattern();

    [GeneratedRegex(@"\b(?:post[- ]?hoc|secondary|exploratory|ancillary|subgroup|pooled|follow-up|extension) (?:\w+ ){0,2}(?:analys[ie]s|study|report) (?:of|from|using|in)\b", Options, 1000)]
    private static partial Regex SecondaryAnalysisPattern();
}
