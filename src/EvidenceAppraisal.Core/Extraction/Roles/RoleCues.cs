using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Cue words that reveal a sentence's rhetorical role, each with a score per role (background, objective,
/// methods, results, conclusions): positive favours the role. They feed <see cref="RoleSequence"/>, which also
/// weighs position and the order roles follow. The scores were fitted together with <see cref="RoleWeights"/>
/// (averaged structured perceptron on labelled abstracts) and rounded; the cues themselves are hand-written.
/// </summary>
internal static partial class RoleCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public const int Background = 0;
    public const int Objective = 1;
    public const int Methods = 2;
    public const int Results = 3;
    public const int Conclusions = 4;
    public const int Count = 5;

    private sealed record RoleCue(Cue Pattern, float[] Score);

    private static readonly CueSet Set = new();

    //                       back  obj   meth  res   conc
    private static readonly RoleCue[] Cues =
    [
        new RoleCue(Set.Add(AimStatement(), "aim*|objective*|purpose*|goal*|sought|set|wish*|intend*|want*|this|designed|conducted|undertaken|performed|order"), [1.01f, 1.32f, -1.33f, -0.62f, -0.38f]),
        new RoleCue(Set.Add(InfinitiveOpening(), "to"), [-0.75f, 2.45f, -0.08f, -1.40f, -0.21f]),
        new RoleCue(Set.Add(Hypothesis(), "hypothes*|tested|whether"), [0.52f, -0.01f, -0.22f, -0.03f, -0.26f]),
        new RoleCue(Set.Add(KnowledgeGap(), "known|unclear|unknown|uncertain|controversial|debated|understood|established|few|no|limited|lack|been|need*|paucity"), [0.28f, 0.17f, -0.71f, 0.22f, 0.04f]),
        new RoleCue(Set.Add(PriorWork(), "previous*|prior|recent|earlier|several|many|other|studies|trials|reports|evidence|known|established|suggested|reported|shown|proposed|been|common|major|leading|important|serious|frequent|rare|well|widely|commonly|frequently|increasingly|often"), [0.42f, 0.48f, -0.51f, -0.50f, 0.11f]),
        new RoleCue(Set.Add(GeneralPresent(), "is|are|remains|remain|has|have|represent*|affect*|cause*|occur*|play*|contribut*|involve*|require*|lead*|can|may"), [0.28f, -0.37f, 0.46f, -0.50f, 0.14f]),
        new RoleCue(Set.Add(DesignStatement(), "randomized|randomised|controlled|blind|blinded|masked|prospective|retrospective|cross|crosssectional|cohort|case|observational|multicenter|multicentre|open|crossover|parallel|single|pilot|descriptive|longitudinal|population|pragmatic|phase|design*|setting|was"), [-0.39f, -0.56f, 1.04f, -0.47f, 0.38f]),
        new RoleCue(Set.Add(MethodsAction(), "were|was"), [-0.84f, -0.45f, 1.10f, -0.07f, 0.26f]),
        new RoleCue(Set.Add(MethodsFirstPerson(), "we|patients|participants|subjects|volunteers|women|men|children|adults|infants|mice|rats|animals|dogs|pigs|rabbits"), [0.19f, -0.50f, 1.14f, 0.01f, -0.84f]),
        new RoleCue(Set.Add(Endpoint(), "primary|secondary|outcome*|end|endpoint*|defined"), [0.21f, 0.16f, 1.64f, -1.68f, -0.33f]),
        new RoleCue(Set.Add(Dosing(), "daily|once|twice|per|every|day|for|placebo|sham|over"), [-0.15f, -0.27f, 0.41f, 0.01f, -0.01f]),
        new RoleCue(Set.Add(Statistics(), "regression|variance|covariance|anova|ancova|t|test*|chi|mann|wilcoxon|kaplan|cox|intention|per|statistical*|power|sample|using|mixed|generalized|logistic|used"), [-0.04f, 0.07f, 1.91f, -0.87f, -1.07f]),
        new RoleCue(Set.Add(Eligibility(), "criteria|eligible|aged|age|excluded|who|scheduled|undergoing|between|from"), [-0.30f, -0.26f, 0.40f, 0.07f, 0.09f]),
        new RoleCue(Set.Add(PValue(), "p|ns"), [-0.28f, -0.18f, -0.16f, 1.85f, -1.23f]),
        new RoleCue(Set.Add(IntervalOrEstimate(), "ci*|cri|confidence|or*|rr*|hr*|irr*|smd*|wmd*|md*|aor*|ahr*|odds|hazard|relative|risk|mean"), [-0.29f, -0.21f, 0.12f, 0.50f, -0.11f]),
        new RoleCue(Set.Add(Percent(), "%|of|±|+"), [-0.10f, -1.17f, -0.05f, 1.32f, 0f]),
        new RoleCue(Set.Add(Comparison(), "was|were|is|are|compared|than|vs|versus|no|did|there|increased|decreased|reduced|improved|declined|rose|fell|higher|lower|greater|fewer|more"), [-0.27f, 0.59f, -1.71f, 0.77f, 0.61f]),
        new RoleCue(Set.Add(Significance(), "signific*|statistically|nonsignificant"), [0.24f, -0.50f, -1.30f, 0.96f, 0.59f]),
        new RoleCue(Set.Add(ResultVerbs(), "was|were|showed|demonstrated|revealed|yielded|resulted|experienced|developed|had|achieved|occurred|patients|participants|subjects|adverse|side|mean|median|overall|incidence|rate|proportion|prevalence"), [-0.05f, 0.05f, -0.67f, 0.50f, 0.16f]),
        new RoleCue(Set.Add(ResultsOpening(), "of|overall|total|patients|compared|there|no|both|all"), [-0.54f, -0.05f, -0.40f, 1.02f, -0.03f]),
        new RoleCue(Set.Add(ConclusionCue(), "conclu*|summar*|taken|collectively|these|our|this|present|results|data|findings|suggest*|indicat*|it"), [-0.06f, 0.28f, -0.89f, 0.19f, 0.49f]),
        new RoleCue(Set.Add(Recommendation(), "should|recommend*|can|could|may|might|is|are|was|were|appears|appear|seems|seem|clinical|implication*"), [0.48f, -0.33f, -1.38f, 0.45f, 0.78f]),
        new RoleCue(Set.Add(Modal(), "may|might|could|would|appear*|seem*|likely|potentially|possibly"), [0.38f, 0.27f, -1.08f, -0.11f, 0.54f]),
        new RoleCue(Set.Add(FutureWork(), "further|future|larger|additional|more|longer|needed|warranted|required|need*|warrant*"), [0.06f, -0.20f, -0.41f, 0.02f, 0.53f]),
        new RoleCue(Set.Add(ThisStudyShows(), "this|present|our|these"), [-0.56f, 0.40f, -0.12f, -0.59f, 0.86f]),
        new RoleCue(Set.AddWords("is|are|can|does|do|provide|provides|offer|offers|improve|improves|reduce|reduces|remain|remains|appear|appears|seem|seems|represent|represents|has|have|should|must|need|needs"), [0.52f, 0.09f, -0.08f, -0.99f, 0.46f]),
        new RoleCue(Set.Add(PassiveProcedure(), "was|were"), [0.22f, -0.27f, 0.71f, -0.37f, -0.27f]),
        new RoleCue(Set.Add(SignificanceLevel(), "significan*|alpha|α|two|power"), [0f, -0.03f, 3.31f, -3.28f, 0f]),
        new RoleCue(Set.Add(StudyEvidence(), "data|results|findings|evidence|indicate*|demonstrate*|confirm*|highlight*|underline*"), [0.11f, 0.34f, -0.37f, -0.70f, 0.63f]),
        new RoleCue(Set.Add(WeFound(), "we|authors|found"), [-0.44f, -0.47f, 0.01f, 0.59f, 0.31f]),
        new RoleCue(Set.Add(WeConclude(), "we|our|these"), [-0.11f, -0.19f, -0.11f, -0.23f, 0.63f]),
        new RoleCue(Set.Add(WeStudied(), "we|this|present"), [0.61f, 0.86f, -0.50f, -0.89f, -0.07f]),
        new RoleCue(Set.Add(SampleCount(), "n|patients|participants|subjects|women|men"), [-0.70f, -0.56f, 0.74f, 0.88f, -0.36f]),
        new RoleCue(Set.Add(MeanSpread(), "±|+|sd|se|sem|mean|median"), [-0.86f, -0.67f, 0.34f, 1.63f, -0.44f]),
        new RoleCue(Set.Add(Versus(), "vs|versus|compared"), [0.33f, -0.43f, -0.51f, 0.99f, -0.38f]),
        new RoleCue(Set.AddWords("will|shall"), [-0.09f, 0.40f, -0.13f, -0.51f, 0.33f]),
        new RoleCue(Set.Add(Therefore(), "therefore|thus|hence|consequently|accordingly"), [1.01f, -0.64f, -1.53f, 0.29f, 0.86f]),
        new RoleCue(Set.Add(However(), "however|nevertheless|yet|but|although|despite|while"), [0.26f, 0.09f, -0.82f, 0.26f, 0.22f]),
        new RoleCue(Set.AddWords("was|were|had|did"), [-0.15f, -0.26f, 0.06f, 0.38f, -0.03f]),
        new RoleCue(Set.Add(Question(), "?"), [0f, 1.33f, -0.81f, -0.52f, 0f]),
        new RoleCue(Set.Add(Units(), ""), [0f, -0.11f, 0.52f, -0.63f, 0.22f]),
        new RoleCue(Set.AddWords("patients|participants|subjects|volunteers|women|men|children|adults|infants|individuals"), [0.06f, -0.18f, -0.18f, 0.11f, 0.19f]),
        new RoleCue(Set.Add(Time(), "baseline|follow|week|month|after|at"), [-0.40f, 0.09f, 0.18f, 0.17f, -0.03f]),
        new RoleCue(Set.Add(Adverse(), "adverse|side|tolerated|toxicity|safety"), [0.13f, -0.15f, 0.08f, 0.07f, -0.13f]),
        new RoleCue(Set.Add(Registration(), "registered|registration|clinicaltrials|nct*|isrctn*|register|identifier"), [-1.12f, 0.44f, 0.74f, -0.71f, 0.65f]),
        new RoleCue(Set.Add(Evidence(), "evidence|efficacy|effectiveness"), [0.21f, 0.63f, -0.66f, -0.58f, 0.40f]),
        new RoleCue(Set.AddWords("effective|efficacious|beneficial|superior|inferior|noninferior|safe"), [0.51f, 0.36f, -0.78f, -0.85f, 0.76f]),
        new RoleCue(Set.Add(Groups(), "group|groups|arm|arms"), [-0.55f, -0.12f, 0.05f, 1.03f, -0.41f]),
        new RoleCue(Set.Add(Measured(), "was|were"), [0.85f, 0.75f, 0.25f, -1.40f, -0.46f]),
    ];

    [GeneratedRegex(@"\b(?:we (?:therefore )?(?:aimed|aim|sought|set out|wished|intended|wanted)|(?:the|our|this|primary|main|specific) (?:aims?|objectives?|purposes?|goals?)\b|(?:the )?(?:aims?|objectives?|purposes?|goals?) (?:of (?:this|the|our)|was|were|is|are)|this (?:study|trial|paper|work|analysis|article) (?:aimed|aims|was designed|is designed|sought|seeks|set out|examined|examines|investigated|investigates|evaluated|evaluates|assessed|assesses|compared|compares|explores|explored|describes|reports)|(?:was|were) (?:designed|conducted|undertaken|performed) to (?:determine|assess|evaluate|investigate|compare|examine|test|explore|identify|establish)|in order to (?:determine|assess|evaluate|investigate|compare|examine|test))", Options, 1000)]
    private static partial Regex AimStatement();

    [GeneratedRegex(@"^(?:To|In order to) (?:\w+ (?:and|or) )?(?:determine|assess|evaluate|investigate|compare|examine|test|explore|identify|establish|describe|characteri[sz]e|quantify|measure|estimate|analy[sz]e|review|report|study|define|develop|validate|clarify|ascertain|document|understand|elucidate|provide|summari[sz]e|present|verify|confirm|demonstrate|find|see|observe|analyse)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InfinitiveOpening();

    [GeneratedRegex(@"\b(?:we hypothesi[sz]ed|hypothesis (?:was|is) that|we tested (?:the hypothesis|whether)|we (?:asked|questioned) whether|it was hypothesi[sz]ed)\b", Options, 1000)]
    private static partial Regex Hypothesis();

    [GeneratedRegex(@"\b(?:(?:little|less|nothing|not much) is known|(?:remains?|is|are|was) (?:still )?(?:unclear|unknown|uncertain|controversial|debated|poorly understood|not well (?:understood|established|known))|(?:few|no|limited) (?:studies|data|trials|evidence|information|research)|lack of (?:data|evidence|studies)|has not been (?:studied|established|evaluated|investigated|determined)|have not been (?:studied|established|evaluated|investigated|determined)|there is (?:a )?(?:need|paucity|lack)|(?:are|is) needed to (?:determine|establish))\b", Options, 1000)]
    private static partial Regex KnowledgeGap();

    [GeneratedRegex(@"\b(?:(?:previous(?:ly)?|prior|recent|earlier|several|many|other) (?:studies|trials|reports|research|work|investigations|data)(?: have)?|(?:studies|trials|reports|evidence) (?:have|has) (?:shown|suggested|demonstrated|reported|indicated|found)|it (?:is|has been) (?:well )?(?:known|established|suggested|reported|shown|proposed)|(?:has|have) been (?:shown|suggested|reported|proposed|associated|used|linked|implicated)|we (?:have )?previously|in recent years|is (?:a|an|the) (?:common|major|leading|important|serious|frequent|rare|well-known)|are (?:common|frequent|important|widely)|(?:is|are) (?:widely|commonly|frequently|increasingly|often) (?:used|prescribed|recommended|accepted))\b", Options, 1000)]
    private static partial Regex PriorWork();

    [GeneratedRegex(@"^(?:[A-Z][\w-]*(?: \w+){0,6}) (?:is|are|remains|remain|has|have|represents?|affects?|causes?|occurs?|plays?|contributes?|involves?|requires?|leads?|can|may) ", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GeneralPresent();

    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:randomi[sz]ed|controlled|blind(?:ed)?|masked|prospective|retrospective|cross-?sectional|cohort|case-control|observational|multicent(?:er|re)|open-label|crossover|cross-over|parallel-group|single-cent(?:er|re)|pilot|descriptive|longitudinal|population-based|pragmatic|phase (?:I|II|III|IV|[1-4]))\b[^.;]{0,60}?\b(?:trial|study|design|analysis|survey|experiment|review)\b|\b(?:study design|the design was|setting:|was a (?:\w+[ ,-]+){0,5}(?:trial|study))", Options, 1000)]
    private static partial Regex DesignStatement();

    [GeneratedRegex(@"\b(?:were|was) (?:randomi[sz]ed|randomly|enrolled|recruited|included|assigned|allocated|measured|assessed|evaluated|recorded|collected|obtained|administered|given|treated|followed|examined|performed|conducted|used|analy[sz]ed|compared|calculated|determined|studied|divided|selected|interviewed|monitored|screened|tested|invited|asked|instructed|trained|scanned|sampled|estimated|quantified|defined|classified|stratified|matched|identified|reviewed|surveyed|exposed|injected|fed|housed|anesthetized|anaesthetized|operated|instrumented|infused|applied|dosed|adjusted|extracted|categori[sz]ed|graded|scored|rated|observed for)\b", Options, 1000)]
    private static partial Regex MethodsAction();

    [GeneratedRegex(@"\b(?:we (?:enrolled|recruited|randomi[sz]ed|randomly|conducted|performed|undertook|carried out|searched|analy[sz]ed|used|measured|assessed|evaluated|studied|examined|collected|obtained|reviewed|compared|designed|developed|included|identified|selected|interviewed|surveyed|calculated|estimated|applied|administered|treated|followed|investigated|tested|allocated|assigned|prospectively|retrospectively))\b|^(?:Patients|Participants|Subjects|Volunteers|Women|Men|Children|Adults|Infants|Mice|Rats|Animals|Dogs|Pigs|Rabbits)\b(?:[^.]{0,80})\b(?:received|underwent|were|completed|took)\b", Options, 1000)]
    private static partial Regex MethodsFirstPerson();

    [GeneratedRegex(@"\b(?:primary (?:end ?points?|outcomes?|efficacy|measures?|variables?|objectives?)|secondary (?:end ?points?|outcomes?|measures?)|outcome measures?|main outcome|(?:end ?points?|outcomes?) (?:was|were|included)|was defined as|were defined as)\b", Options, 1000)]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"\b\d+(?:\.\d+)? ?(?:mg|µg|μg|mcg|g|ml|mL|IU|units?|mmol|mg/kg|mg/m2|mg/m²|µg/kg|mg/day|mg/d)\b(?:[^.]{0,30})\b(?:daily|once|twice|per day|every|/day|for \d+)|\b(?:placebo|sham)\b|\b(?:for|over) (?:\d+|one|two|three|four|six|eight|twelve) (?:weeks|months|days|years)\b", Options, 1000)]
    private static partial Regex Dosing();

    [GeneratedRegex(@"\b(?:regression|analysis of (?:co)?variance|ANOVA|ANCOVA|t-tests?|chi-?square|Mann-Whitney|Wilcoxon|Kaplan-Meier|Cox (?:proportional|regression|model)|intention[- ]to[- ]treat|per[- ]protocol|statistical(?:ly)? analy|power (?:calculation|analysis)|sample size (?:was|calculation)|were (?:compared|analy[sz]ed) using|mixed[- ]effects?|generalized estimating|logistic|was used to|were used to)\b", Options, 1000)]
    private static partial Regex Statistics();

    [GeneratedRegex(@"\b(?:inclusion criteria|exclusion criteria|were eligible|eligible (?:patients|participants)|aged (?:\d+|between)|years of age|(?:were|was) excluded|who (?:underwent|received|had|were scheduled)|scheduled for|undergoing|between (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|from (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b", Options, 1000)]
    private static partial Regex Eligibility();

    [GeneratedRegex(@"(?<![\w.])[Pp] ?(?:[<>=≤≥]|&lt;|&gt;|value)|\bNS\b|\(ns\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PValue();

    [GeneratedRegex(@"\b(?:\d{2}(?:\.\d)?\s?%\s?(?:CI|confidence interval|CrI)|confidence interval|\b(?:OR|RR|HR|IRR|SMD|WMD|MD|aOR|aHR)\s?[=:,]?\s?-?\d|odds ratio|hazard ratio|relative risk|risk ratio|mean difference)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IntervalOrEstimate();

    [GeneratedRegex(@"\d(?:[.,]\d+)?\s?%|\b\d+ (?:of|out of) \d+\b|(?<!\d)\d+(?:\.\d+)? ?(?:±|\+/-|\+/−) ?\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:(?:was|were|is|are) (?:significantly |markedly |slightly |not )?(?:higher|lower|greater|smaller|longer|shorter|better|worse|similar|comparable|reduced|increased|decreased|improved|elevated|associated)|compared (?:with|to) (?:the )?(?:placebo|control|baseline|those|patients|the)|(?:than|vs\.?|versus) (?:in |with |the )?(?:the )?(?:placebo|control|usual|standard|other)|no (?:significant |statistically significant )?(?:differences?|change|effect|improvement|association)|did not (?:differ|change|improve|reduce|increase|affect|alter|show)|there (?:was|were) (?:a |no |significant )|(?:increased|decreased|reduced|improved|declined|rose|fell) (?:significantly|from|by|to)|(?:higher|lower|greater|fewer|more) (?:in|among|with|than))\b", Options, 1000)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:significant(?:ly)?|statistically|non-?significant|did not reach significance)\b", Options, 1000)]
    private static partial Regex Significance();

    [GeneratedRegex(@"\b(?:(?:was|were) (?:observed|found|noted|seen|reported|achieved|identified|well tolerated|completed by)|(?:showed|demonstrated|revealed|yielded|resulted in|experienced|developed|had a|achieved|occurred)|(?:of|in) the (?:\d+|\w+) (?:patients|participants|subjects)|(?:adverse|side) (?:events|effects) (?:were|was|occurred)|the (?:mean|median|overall|incidence|rate|proportion|prevalence) (?:of |was |were )|(?:mean|median) (?:age|follow-up|duration))\b", Options, 1000)]
    private static partial Regex ResultVerbs();

    [GeneratedRegex(@"^(?:Of (?:the|these|\d+)|Overall,|In total,|A total of \d+ (?:\w+ ){0,3}(?:completed|were analy[sz]ed|were included in the analysis)|(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?) (?:of (?:the )?\d+|patients \(\d)|Compared (?:with|to)|There (?:was|were)|No (?:significant|difference|patient|serious|adverse|statistically)|Both groups|All (?:patients|participants|subjects) (?:completed|tolerated|showed|had|achieved))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ResultsOpening();

    [GeneratedRegex(@"\b(?:in conclusion|to conclude|we conclude|conclusions?:?|concluded that|in summary|to summari[sz]e|taken together|collectively|these (?:findings|results|data|observations) (?:suggest|indicate|show|support|demonstrate|highlight|provide|confirm|imply|emphasi[sz]e|may|could|are|do)|our (?:findings|results|data|study|observations) (?:suggest|indicate|show|support|demonstrate|highlight|provide|confirm|imply|emphasi[sz]e|may|could|are|do)|(?:this|the present|our) (?:study|trial|work|analysis) (?:suggests|indicates|shows|supports|demonstrates|highlights|provides|confirms|adds|is the first)|(?:results|data|findings) (?:suggest|indicate|support|imply)|(?:suggest|suggests|suggesting|indicate|indicates) that|it (?:is|seems|appears) (?:likely|possible|reasonable|unlikely))\b", Options, 1000)]
    private static partial Regex ConclusionCue();

    [GeneratedRegex(@"\b(?:should be (?:considered|used|offered|recommended|avoided|given|performed|encouraged)|(?:is|are) recommended|we recommend|(?:can|could|may|might) be (?:considered|used|recommended|an? (?:useful|effective|safe|alternative|option|valuable))|(?:is|are|was|were|appears?|seems?) (?:to be )?(?:an? )?(?:safe|effective|feasible|well tolerated|useful|beneficial|promising|(?:an? )?(?:effective|safe|useful|viable|valuable|reasonable|good|better|attractive|suitable) (?:alternative|option|treatment|therapy|intervention|tool|strategy|approach|method))|clinical (?:practice|implications?|relevance)|implications? for)\b", Options, 1000)]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"\b(?:may|might|could|would|appears? to|seems? to|likely|potentially|possibly)\b", Options, 1000)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:(?:further|future|larger|additional|more|longer[- ]term) (?:\w+ ){0,2}(?:studies|research|trials|investigations?|work|evaluation|data) (?:is|are|will be|should|would|may|might|could|to|with|in)|(?:is|are|remains?) (?:needed|warranted|required)|needs? to be (?:confirmed|investigated|studied|evaluated|explored|determined|established|validated)|warrants? further)\b", Options, 1000)]
    private static partial Regex FutureWork();

    [GeneratedRegex(@"^(?:This|The present|Our|These) (?:study|trial|work|analysis|investigation|data|results|findings) (?:shows?|suggests?|demonstrates?|indicates?|provides?|confirms?|supports?|highlights?|adds?|is the first)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThisStudyShows();


    [GeneratedRegex(@"^[A-Z][^.;:]{0,120}? (?:was|were) (?:also |then |again |first |subsequently )?(?!(?:reduced|increased|decreased|improved|observed|found|associated|noted|seen|lower|higher|similar|significantly|not|no|well|more|less)\b)(?:[a-z]+ed|taken|made|given|done|drawn|set|kept|held|run|chosen|written|sent|told|undertaken|carried out|split|fed|shown)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PassiveProcedure();

    [GeneratedRegex(@"\b(?:(?:significance|alpha|α)(?: level)? (?:was|were|of) (?:set|defined|considered|accepted)|level of (?:statistical )?significance|(?:was|were) (?:considered|regarded|accepted|defined as) (?:to be )?(?:statistically )?significant|considered (?:statistically )?significant|two-(?:sided|tailed)|power of \d+ ?%)", Options, 1000)]
    private static partial Regex SignificanceLevel();

    [GeneratedRegex(@"\b(?:(?:data|results|findings|evidence) (?:from|of|in) (?:this|the present|the current|our) (?:study|trial|work|analysis|review)|(?:indicate|indicates|demonstrate|demonstrates|confirm|confirms|highlight|highlights|underline|underlines) (?:that|the (?:need|importance|potential|feasibility|efficacy|effectiveness|value|benefit|role)))\b", Options, 1000)]
    private static partial Regex StudyEvidence();

    [GeneratedRegex(@"\b(?:we|authors) (?:found|observed|showed|noted|detected|identified|saw|report) |\b(?:was|were) found to\b", Options, 1000)]
    private static partial Regex WeFound();

    [GeneratedRegex(@"\bwe (?:conclude|suggest|propose|believe|recommend|speculate|argue)\b|\b(?:our|these) (?:results|findings|data) (?:are|were) (?:consistent|in line)", Options, 1000)]
    private static partial Regex WeConclude();

    [GeneratedRegex(@"\b(?:we|this study|this trial|the present study) (?:examined|evaluated|compared|tested|investigated|assessed|explored|studied|determined|report|describe|present)\b", Options, 1000)]
    private static partial Regex WeStudied();

    [GeneratedRegex(@"\b[nN] ?= ?\d|\(\d+ (?:patients|participants|subjects|women|men)\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SampleCount();

    [GeneratedRegex(@"±|\+/-|\bSD\b|\bSEM?\b|\b(?:mean|median)\b[^.]{0,40}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeanSpread();

    [GeneratedRegex(@"\d[^.;]{0,30}\b(?:vs\.?|versus|compared with|compared to)\b[^.;]{0,30}\d", Options, 1000)]
    private static partial Regex Versus();


    [GeneratedRegex(@"^(?:Therefore|Thus|Hence|Consequently|Accordingly),?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Therefore();

    [GeneratedRegex(@"^(?:However|Nevertheless|Yet|But|Although|Despite|While)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex However();


    [GeneratedRegex(@"\?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Question();

    [GeneratedRegex(@"\d ?(?:mg|µg|μg|mcg|ml|mL|kg|g|mmol|IU|mmHg|Hz|min|h|hours?|days?|weeks?|months?|years?)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Units();


    [GeneratedRegex(@"\b(?:baseline|follow-up|week \d+|month \d+|after \d+ (?:weeks|months|days)|at \d+ (?:weeks|months|days|years))\b", Options, 1000)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:adverse (?:events?|effects?|reactions?)|side[- ]effects?|tolerated|toxicity|safety)\b", Options, 1000)]
    private static partial Regex Adverse();

    [GeneratedRegex(@"\b(?:registered|registration|ClinicalTrials\.gov|NCT\d|ISRCTN|trial register|identifier)\b", Options, 1000)]
    private static partial Regex Registration();

    [GeneratedRegex(@"\b(?:evidence|efficacy|effectiveness) (?:of|for|on|regarding|is|are|has|remains)\b", Options, 1000)]
    private static partial Regex Evidence();


    [GeneratedRegex(@"\b(?:in|of|for|to|between) (?:the|both|all|each) (?:\w+ )?(?:groups?|arms?)\b", Options, 1000)]
    private static partial Regex Groups();

    [GeneratedRegex(@"\b(?:was|were) (?:measured|recorded|assessed|evaluated|collected|obtained|determined|calculated|monitored|documented|compared|analy[sz]ed)\b", Options, 1000)]
    private static partial Regex Measured();

    /// <summary>The role cues, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static CueSet CueSet => Set;

    /// <summary>How many cues there are; a cue's index is its place in the list above.</summary>
    public static int CueCount => Cues.Length;

    /// <summary>The cues that match <paramref name="text"/> (whose cue mask is <paramref name="mask"/>), as bits by cue index.</summary>
    public static ulong Matching(string text, ulong mask)
    {
        var matched = 0UL;
        for (var i = 0; i < Cues.Length; i++)
        {
            if (Cues[i].Pattern.IsMatch(text, mask))
            {
                matched |= 1UL << i;
            }
        }

        return matched;
    }

    /// <summary>The score row of cue <paramref name="cue"/> (the fitting tool updates these rows in place).</summary>
    public static float[] ScoreOf(int cue) => Cues[cue].Score;

    /// <summary>Adds each role's score for the cues in <paramref name="matched"/> (from <see cref="Matching"/>) into <paramref name="scores"/>.</summary>
    public static void Score(ulong matched, Span<float> scores)
    {
        for (var bits = matched; bits != 0; bits &= bits - 1)
        {
            var row = Cues[System.Numerics.BitOperations.TrailingZeroCount(bits)].Score;
            for (var role = 0; role < Count; role++)
            {
                scores[role] += row[role];
            }
        }
    }
}
