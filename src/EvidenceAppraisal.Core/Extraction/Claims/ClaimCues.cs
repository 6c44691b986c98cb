using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Claims;

/// <summary>
/// Cue patterns that tell a sentence stating a finding or conclusion from one describing background,
/// aims, methods or the paper itself. Each pattern is one linguistic signal; <see cref="ClaimSentenceScorer"/>
/// weighs them. Every pattern is bounded by a match timeout.
/// </summary>
internal static partial class ClaimCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int Timeout = 1000;

    /// <summary>The sentence cues, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    // Each screen lists words of which every alternative of its pattern contains one as a whole word (a prefix
    // with '*' where the pattern has no \b after it). Measurement, Digit and FindingInside have alternatives
    // without a word (digits, or "show" inside "showing") or run rarely, and stay unscreened.
    public static readonly Cue ConclusionMarkerCue = Set.Add(ConclusionMarker(),
        "conclu*|together|collectively|altogether|summar*|sum|overall|thus|hence|therefore|consequently|accordingly|these|short|finally");

    public static readonly Cue ConclusionSubjectCue = Set.Add(ConclusionSubject(),
        "result|results|finding|findings|data|observation|observations|studies|study|work|analysis|analyses|experiment|experiments|investigation|investigations|evidence|approach|model|method|strategy|framework|trial|survey|review|paper|report|system|technique|tool|platform");

    public static readonly Cue SummingUpCue = Set.Add(SummingUp(), "this|these|such|that|it|which");

    public static readonly Cue AuthorsAssertCue = Set.Add(AuthorsAssert(), "we");

    public static readonly Cue HereWeCue = Set.Add(HereWe(), "we");

    public static readonly Cue ConsequenceCue = Set.Add(Consequence(),
        "implication|implications|potential|potentially|novel|role|roles|play|plays|insight|insights|avenue|promising|useful|valuable|feasible|effective|efficient|superior|robust|reliable|beneficial|important|essential|required|necessary|critical|responsible|first|basis|framework|mechanism|mechanisms|contribute|contributes|underlie|underlying|evidence|support|consistent|line|indicate|indicates|indicating|suggest|suggests|suggesting|demonstrate|demonstrates|demonstrating|show|shows|reveal|reveals|confirm|confirms");

    public static readonly Cue ProjectedConsequenceCue = Set.Add(ProjectedConsequence(), "may|might|could|would|should|can");

    public static readonly Cue SpeculativeCue = Set.Add(Speculative(),
        "may|might|could|possibly|likely|suggest|suggests|suggesting|appear|appears|seem|seems|potential|potentially");

    public static readonly Cue ThatClauseCue = Set.Add(ThatClause(),
        "show|shows|showed|shown|demonstrat*|reveal*|indicat*|suggest*|find|found|establish*|confirm*|conclude*|propose*|imply|implies|implied");

    public static readonly Cue InterpretationCue = Set.Add(Interpretation(),
        "suggesting|indicating|implying|demonstrating|showing|revealing|supporting|highlighting|confirming|pointing");

    public static readonly Cue GeneralPresentCue = Set.Add(GeneralPresent(),
        "is|are|play|plays|act|acts|function|functions|serve|serves|regulate|regulates|mediate|mediates|control|controls|require|requires|depend|depends|contribute|contributes|represent|represents|provide|provides|offer|offers|enable|enables|allow|allows");

    public static readonly Cue FirstPersonCue = Set.Add(FirstPerson(), "we|our");

    public static readonly Cue StartsWithWeCue = Set.Add(StartsWithWe(), "we");

    public static readonly Cue ProcedureCue = Set.Add(Procedure(),
        "we|measured|assessed|performed|used|collected|analysed|analyzed|examined|evaluated|compared|recruited|randomised|randomized|enrolled|included|obtained|determined|calculated|estimated|tested|investigated|conducted|carried|recorded|administered|treated|injected|exposed|divided|assigned|followed|identified|screened|selected|incubated|prepared|synthesised|synthesized|characterised|characterized|applied|employed|extracted|isolated|quantified|monitored|scored|constructed|developed|designed|implemented|modeled|modelled|simulated|sequenced|genotyped|interviewed|surveyed|reviewed|searched|studied");

    public static readonly Cue AimCue = Set.Add(Aim(),
        "aim|aims|aimed|objective|objectives|purpose|goal|determine|investigate|assess|evaluate|examine|explore|compare|identify|characterise|characterize|study|test|understand|elucidate|clarify|address|hypothesised|hypothesized|asked|sought|wanted|wished|was|whether");

    public static readonly Cue PaperDescriptionCue = Set.Add(PaperDescription(),
        "discussed*|review*|described*|presented*|summarised*|summarized*|outlined*|highlighted*|considered*|proposed*|introduced*|provided*|addressed*|article|chapter|paper|special|©|copyright*|availability*|http|https|www|supplementary*|case|we|reported*");

    public static readonly Cue KnownCue = Set.Add(Known(),
        "been|known|remain|remains|understood|recent|recently|previous|previously|however|common|major|leading|widely");

    public static readonly Cue PastObservationCue = Set.Add(PastObservation(),
        "was|were|had|showed|increased|decreased|reduced|induced|observed|detected|found|exhibited|displayed|resulted|led|did|produced|caused");

    public static readonly Cue MetaDiscourseCue = Set.Add(MetaDiscourse(),
        "elaborated|discuss*|review*|summaris*|summariz*|describe*|outline*|overview*|highlight*|focus*|aim*|present*|provide|introduce*|consider*|address*|explore*|propose|special|availability|contact|http|https|www|©|copyright|rights|supplementary|registered|registration|case|patient|rare|closing|conclude");

    public static readonly Cue FurnitureCue = Set.Add(Furniture(),
        "©|copyright|rights|availability|contact|http|https|www|special|registered|registration|supplementary");

    public static readonly Cue ReportedWorkCue = Set.Add(ReportedWork(),
        "have|has|had|previous|previously|prior|earlier|past|it|thought|believed|known|considered|assumed|et|reportedly|reported|according");

    /// <summary>Opening markers of a conclusion: "In conclusion", "Taken together", "Thus", ...</summary>
    [GeneratedRegex(@"^(?:in conclusion|we conclude|to conclude|conclusions?:?|taken together|together|collectively|altogether|in summary|to summari[sz]e|in sum|overall|thus|hence|therefore|consequently|accordingly|these results|in short|finally, we (?:show|conclude|propose|suggest))\b|\bin conclusion\b|\bwe conclude\b|\btaken together\b", Options, Timeout)]
    public static partial Regex ConclusionMarker();

    /// <summary>"These results suggest", "our data indicate", "this study shows", ...</summary>
    [GeneratedRegex(@"\b(?:these|our|the(?:se)? present|this|the|such|both|all|together,? these|collectively,? these|the current|the above)\s+(?:\w+\s+){0,2}?(?:results?|findings?|data|observations?|studies|study|work|analys[ie]s|experiments?|investigations?|evidence|approach|model|method|strategy|framework|trial|survey|review|paper|report|system|technique|tool|platform)\b(?:\s+\w+){0,4}?\s+(?:suggest|indicate|show|demonstrate|reveal|support|provide|impl[yi]|highlight|establish|confirm|identif|point|argue|raise|open|uncover|underscore|offer|present|add|expand|shed|lend|emphasi[sz]e|call|extend|contribut|have|has|may|might|could|can|should|will|would|is|are|was|were|represent|define|allow|enable|help|improv|constitute|pave)", Options, Timeout)]
    public static partial Regex ConclusionSubject();

    /// <summary>A demonstrative that sums up what came before: "This suggests", "These may ...".</summary>
    [GeneratedRegex(@"^(?:this|these|such|that|it|which)\s+(?:\w+\s+){0,3}?(?:suggests?|indicates?|implies|implying|shows?|demonstrates?|reveals?|supports?|highlights?|provides?|raises?|calls?|opens?|represents?|may|might|could|is likely)\b", Options, Timeout)]
    public static partial Regex SummingUp();

    /// <summary>The authors assert: "we propose", "we show", "we found", "we provide evidence".</summary>
    [GeneratedRegex(@"\bwe (?:(?:here |now |also |further |thus |therefore |therefore, |hence |first |thereby |additionally |finally )?)(?:propose|suggest|postulate|conclude|speculate|argue|demonstrate|show|found|find|identif(?:y|ied)|establish|reveal|provide (?:evidence|the first|a |new )|uncover|discover|report that|observed that|believe|hypothesi[sz]e that|infer|predict)", Options, Timeout)]
    public static partial Regex AuthorsAssert();

    /// <summary>"Here we show", "In this study, we demonstrate".</summary>
    [GeneratedRegex(@"\b(?:here|herein|in this (?:study|work|paper|report)),? we (?:show|demonstrate|report|identify|provide|reveal|find|establish|uncover|describe)", Options, Timeout)]
    public static partial Regex HereWe();

    /// <summary>Words of significance and consequence: implications, a key role, promising, for the first time.</summary>
    [GeneratedRegex(@"\b(?:implications?|potential(?:ly)? (?:\w+ )?(?:target|therapeutic|biomarker|marker|tool|strategy|treatment|application|candidate|use)|novel (?:therapeutic|target|strategy|approach|insight|mechanism|role|function)|(?:key|important|critical|crucial|central|pivotal|essential|major|novel|new|dual|protective|causal) roles?|plays? (?:a|an)|insights?|new avenue|promising|useful|valuable|feasible|effective|efficient|superior|robust|reliable|beneficial|important for|essential for|required for|necessary for|critical for|responsible for|the first|for the first time|a basis for|a framework|a mechanism|mechanisms? by which|contributes? to|underl(?:ie|ying)|evidence (?:for|that)|support (?:the|a|for)|consistent with|in line with|indicat(?:e|es|ing) that|suggest(?:s|ing)? that|demonstrat(?:e|es|ing) that|shows? that|reveals? that|confirms? that)\b", Options, Timeout)]
    public static partial Regex Consequence();

    /// <summary>A modal that projects a consequence: "may be useful", "could help", "might explain".</summary>
    [GeneratedRegex(@"\b(?:may|might|could|would|should|can) (?:\w+ )?(?:be|have|serve|provide|represent|contribute|offer|help|lead|play|become|open|facilitate|aid|allow|enable|improve|explain|underlie|account|constitute|prove|pave|benefit|prevent|reduce|increase)\b", Options, Timeout)]
    public static partial Regex ProjectedConsequence();

    /// <summary>Speculative wording typical of conclusions (narrower than the hedge detector on purpose).</summary>
    [GeneratedRegex(@"\b(?:may|might|could|possibly|likely|suggests?|suggesting|appears? to|seems? to|potential(?:ly)?)\b", Options, Timeout)]
    public static partial Regex Speculative();

    /// <summary>A reporting verb with a that-clause: "showed that", "indicate that".</summary>
    [GeneratedRegex(@"\b(?:show|shows|showed|shown|demonstrat\w*|reveal\w*|indicat\w*|suggest\w*|find|found|establish\w*|confirm\w*|conclude\w*|propose\w*|imply|implies|implied)\s+(?:here\s+)?that\b", Options, Timeout)]
    public static partial Regex ThatClause();

    /// <summary>A trailing interpretation: ", suggesting ...", ", indicating ...".</summary>
    [GeneratedRegex(@",\s*(?:thus |thereby |which )?(?:suggesting|indicating|implying|demonstrating|showing|revealing|supporting|highlighting|confirming|pointing)\b", Options, Timeout)]
    public static partial Regex Interpretation();

    /// <summary>Present-tense verbs of general statements ("X regulates Y", "X is required").</summary>
    [GeneratedRegex(@"\b(?:is|are|plays?|acts?|functions?|serves?|regulates?|mediates?|controls?|requires?|depends?|contributes?|represents?|provides?|offers?|enables?|allows?)\b", Options, Timeout)]
    public static partial Regex GeneralPresent();

    [GeneratedRegex(@"\b(?:we|our)\b", Options, Timeout)]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"^(?:here,?\s+|herein,?\s+|in this (?:study|work|paper),?\s+)?we\b", Options, Timeout)]
    public static partial Regex StartsWithWe();

    /// <summary>Measurements: units, percentages, p-values, intervals, ratios, counts (case-sensitive on purpose: "OR", "CI").</summary>
    // (?<!\d): a match never starts inside a run of digits (it would start at the run's first digit anyway), so a run of
    // thousands of digits costs one pass instead of one per digit.
    [GeneratedRegex(@"(?:(?<!\d)\d+(?:\.\d+)?\s*(?:%|±|mg|ml|μ|nm|kg|fold|-fold|years?|months?|days?|weeks?|h\b|hours?|patients|subjects|participants|cases|samples|mice|cells)|[pP]\s*[<=>≤]\s*0?\.\d|\b95%|\bCI\b|±|\b(?:OR|RR|HR|AUC|r|R2)\s*[=:]\s*-?\d|\(\s*n\s*=|(?<!\d)\d+\s*/\s*\d+\b)", RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex Measurement();

    /// <summary>
    /// <see cref="Measurement"/>, run only where it can match: each of its alternatives needs a digit, "CI", "±" or "("
    /// (most sentences without a number have none of them, and the pattern would try every position of them).
    /// </summary>
    public static bool IsMeasurement(string text, bool hasDigit) =>
        (hasDigit || text.AsSpan().IndexOfAny('±', '(') >= 0 || text.Contains("CI", StringComparison.Ordinal)) && Measurement().IsMatch(text);

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex Digit();

    /// <summary>What was done rather than what was found: "were measured", "we recruited".</summary>
    [GeneratedRegex(@"\b(?:(?:was|were|is|are|been) (?:\w+ly )?(?:measured|assessed|performed|used|collected|analy[sz]ed|examined|evaluated|compared|recruited|randomi[sz]ed|enrolled|included|obtained|determined|calculated|estimated|tested|investigated|conducted|carried out|recorded|administered|treated|injected|exposed|divided|assigned|followed|identified|screened|selected|incubated|prepared|synthesi[sz]ed|characteri[sz]ed|applied|employed|extracted|isolated|quantified|monitored|scored|constructed|developed|designed|implemented|modeled|modelled|simulated|sequenced|genotyped|interviewed|surveyed|reviewed|searched|studied)|we (?:used|performed|measured|collected|analy[sz]ed|examined|evaluated|assessed|compared|recruited|conducted|designed|studied|investigated|tested|applied|employed|obtained|determined|calculated|estimated|generated|created|constructed|built|sequenced|genotyped|screened|searched|reviewed|interviewed|surveyed|retrospectively|prospectively|randomly|then|first|also used|here use|describe|present|report a|report the|summari[sz]e|discuss|review|outline|focus|aim|sought|set out|explore|highlight|introduce|consider|address|provide an? (?:overview|review|summary|update)))\b", Options, Timeout)]
    public static partial Regex Procedure();

    /// <summary>Aims and questions: "to determine", "we sought", "whether".</summary>
    [GeneratedRegex(@"\b(?:aims?|aimed|objectives?|purpose|goal|to (?:determine|investigate|assess|evaluate|examine|explore|compare|identify|characteri[sz]e|study|test|understand|elucidate|clarify|address)|we (?:hypothesi[sz]ed|asked|sought|wanted|wished)|was (?:to|designed)|whether)\b", Options, Timeout)]
    public static partial Regex Aim();

    /// <summary>Description of the paper rather than of findings: "are discussed", "in this review", "we report a case".</summary>
    [GeneratedRegex(@"\b(?:(?:is|are|were|will be) (?:also |then |briefly |further )?(?:discussed|reviewed|described|presented|summari[sz]ed|outlined|highlighted|considered|proposed|introduced|provided|addressed)|this (?:article|review|chapter|paper) (?:is part|discuss|review|describe|summari|provide|focus|highlight)|special issue|in this review|we review|review (?:the|recent|current)|©|copyright|availability|https?://|www\.|supplementary|\bcase\b|we report a|is reported|are reported)", Options, Timeout)]
    public static partial Regex PaperDescription();

    /// <summary>What is already known: "has been", "little is known", "recently".</summary>
    [GeneratedRegex(@"\b(?:has been|have been|is known|are known|remains? (?:unclear|unknown|poorly)|little is known|is (?:poorly|not well) understood|recent(?:ly)?|previous(?:ly)?|however, the|is a (?:common|major|leading)|are (?:common|widely)|is widely)\b", Options, Timeout)]
    public static partial Regex Known();

    /// <summary>Past-tense verbs of observation, typical of results rather than conclusions.</summary>
    [GeneratedRegex(@"\b(?:was|were|had|showed|increased|decreased|reduced|induced|observed|detected|found|exhibited|displayed|resulted|led|did|produced|caused)\b", Options, Timeout)]
    public static partial Regex PastObservation();

    /// <summary>Meta-discourse: the sentence describes the paper, its availability or registration, not a finding.</summary>
    [GeneratedRegex(@"(?:\b(?:is|are|were|will be|be) (?:also |then |briefly |further |critically |here )?(?:discussed|reviewed|summari[sz]ed|outlined|elaborated|introduced)\b|\b(?:we|this (?:review|article|chapter|paper|perspective|commentary|overview|editorial|report)|the (?:review|article|chapter|paper))\s+(?:will\s+|also\s+|then\s+|further\s+|here\s+|briefly\s+|critically\s+|extensively\s+|first\s+|finally\s+|now\s+)*(?:discuss|review|summari[sz]e|describe|outline|overview|highlight|focus|aims?|present|provide (?:an? )?(?:overview|summary|update|review|discussion|framework|perspective)|introduce|consider|address|explore|propose a (?:framework|model))|\bspecial issue\b|(?-i:^AVAILABILITY\b|\bCONTACT\b)|https?://|www\.|©|\bcopyright\b|\ball rights reserved\b|\bsupplementary (?:data|information|material)\b|\bregistered (?:at|with|as)\b|\btrial registration\b|\b(?:report|present|describe)s? (?:a|an|the) (?:case|patient|rare)\b|\bin closing\b|\bwe conclude with\b)", Options, Timeout)]
    public static partial Regex MetaDiscourse();

    /// <summary>A finding stated inside meta-discourse ("we present evidence that ...") keeps the sentence a claim.</summary>
    [GeneratedRegex(@"\b(?:show\w*|demonstrat\w*|reveal\w*|indicat\w*|suggest\w*|find|found|establish\w*|confirm\w*|propose\w*)\s+(?:here\s+)?that\b|\bevidence\b|\bdata that\b|\bdemonstrat(?:e|es|ing)\b|\bshow(?:s|ing)?\b", Options, Timeout)]
    public static partial Regex FindingInside();

    /// <summary>Trailing furniture that does not count as a position: copyright, availability, registration, special issue.</summary>
    [GeneratedRegex(@"©|\bcopyright\b|\ball rights reserved\b|(?-i:^AVAILABILITY\b|\bCONTACT\b)|https?://|www\.|\bspecial issue\b|\bregistered (?:at|with|as)\b|\btrial registration\b|\bsupplementary (?:data|information|material)\b", Options, Timeout)]
    public static partial Regex Furniture();

    /// <summary>Claims about other work: "studies have found that", "has been shown", "it is known", "X et al. reported".</summary>
    [GeneratedRegex(@"(?<!\b(?:our|these|this|the present|the current|present|current)\s+(?:\w+\s+)?)\b(?:studies|trials|reports|research|investigations|literature|work|observations)\s+(?:\w+\s+){0,2}?(?:have|has|had)\s+(?:\w+\s+)?(?:found|shown|showed|reported|demonstrated|suggested|indicated|revealed|established|documented|proposed|implicated)\b|\b(?:has|have) (?:been|also been|previously been|recently been) (?:\w+ly )?(?:shown|reported|found|demonstrated|suggested|proposed|implicated|described|documented)\b|\b(?:previous(?:ly)?|prior|earlier|past) (?:studies|reports|trials|research|work|investigations|findings|literature)\b|\bit is (?:well |widely |generally )?(?:known|accepted|established|believed|recogni[sz]ed)\b|\b(?:is|are) (?:widely |generally |commonly )?(?:thought|believed|known|considered|assumed) to\b|\bet al\.?,? (?:\(\d{4}\) )?(?:have )?(?:found|showed|shown|reported|demonstrated|suggested)\b|\breportedly\b|\bwere reported to\b|\baccording to (?:the )?(?:literature|previous)\b", Options, Timeout)]
    public static partial Regex ReportedWork();
}
