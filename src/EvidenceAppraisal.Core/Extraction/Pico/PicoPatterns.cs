using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Pico;

/// <summary>Phrasings that name the elements of a clinical question. Every pattern is bounded by a match timeout.</summary>
internal static partial class PicoPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Phrase = @"[^,;:()\[\].?]";

    /// <summary>The patterns screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    // Each screen lists words of which every alternative of its pattern contains one as a whole word ("random*" a
    // prefix). TreatmentOf and CareOf share their nouns. ConditionWord has suffix alternatives and stays unscreened.
    public static readonly Cue VersusCue = Set.Add(Versus(), "versus|vs|compared");

    public static readonly Cue ComparingCue = Set.Add(Comparing(), "comparing|between");

    public static readonly Cue EffectOfCue = Set.Add(EffectOf(),
        "effect|effects|efficacy|effectiveness|safety|role|significance|impact|use|usefulness|value|benefit|benefits|influence|application|administration|addition|outcome|outcomes");

    private const string CareNouns = "treatment|management|prevention|prophylaxis|therapy|care";

    public static readonly Cue TreatmentOfCue = Set.Add(TreatmentOf(), CareNouns);

    public static readonly Cue RandomisedToCue = Set.Add(RandomisedTo(), "random*");

    public static readonly Cue PatientsWithCue = Set.Add(PatientsWith(),
        "patients|adults|children|infants|neonates|newborns|women|men|subjects|participants|individuals|people|persons|survivors|smokers|mothers|pregnancies");

    public static readonly Cue CareOfCue = Set.Add(CareOf(), CareNouns);

    public static readonly Cue NamedComparatorCue = Set.Add(NamedComparator(), "placebo|usual|standard|conventional|no|sham|waiting|wait");

    public static readonly Cue StatedOutcomeCue = Set.Add(StatedOutcome(), "primary|main|secondary");

    /// <summary>"Heparin versus placebo in sepsis", "early versus delayed surgery".</summary>
    // (?>\s+): the phrase starts after the white space, never inside it; otherwise a long run of spaces is tried once per length.
    [GeneratedRegex(@"(?:^|[:.](?>\s+)|\b(?:of|with|comparing|between)(?>\s+))(?<i>" + Phrase + @"{2,60}?)\s+(?:versus|vs\.?|compared (?:with|to))\s+(?<c>" + Phrase + @"{2,60}?)(?=\s+(?:in|for|among|on|after|during|as|to)\s|[,;:()\[\].?]|$)", Options, 1000)]
    public static partial Regex Versus();

    /// <summary>"comparing heparin with placebo", "between early and late surgery".</summary>
    [GeneratedRegex(@"\b(?:comparing|between)\s+(?<i>" + Phrase + @"{2,60}?)\s+(?:with|to|and|versus|vs\.?)\s+(?<c>" + Phrase + @"{2,60}?)(?=\s+(?:in|for|among|on|after|during|as|to)\s|[,;:()\[\].?]|$)", Options, 1000)]
    public static partial Regex Comparing();

    /// <summary>"Significance of heparin in ...", "Effect of early mobilisation on ...".</summary>
    [GeneratedRegex(@"\b(?:effects?|efficacy|effectiveness|safety|role|significance|impact|use|usefulness|value|benefits?|influence|application|administration|addition|outcomes?)\s+of\s+(?<i>" + Phrase + @"{2,60}?)(?:\s+(?:in|on|for|among|to|at|during|after|versus|vs\.?|compared|as)\s+|\s*(?:[\[(:;,]|\.?$))", Options, 1000)]
    public static partial Regex EffectOf();

    /// <summary>"Heparin in the treatment of sepsis", "aspirin for the prevention of stroke".</summary>
    [GeneratedRegex(@"(?:^|\b(?:of|with)\s+)(?<i>" + Phrase + @"{2,60}?)\s+(?:in|for)\s+(?:the\s+)?(?:treatment|management|prevention|prophylaxis|therapy|care)\s+of\s+(?<p>" + Phrase + @"{2,80})", Options, 1000)]
    public static partial Regex TreatmentOf();

    /// <summary>"randomised to receive heparin or placebo".</summary>
    [GeneratedRegex(@"\brandom(?:i[sz]ed|ly assigned|ly allocated)\s+(?:\(\d:\d\)\s+)?(?:to|into)\s+(?:receive\s+|either\s+|groups? receiving\s+)*(?<i>" + Phrase + @"{2,60}?)\s+(?:or|versus|vs\.?|and)\s+(?:to\s+)?(?:receive\s+)?(?<c>" + Phrase + @"{2,60})", Options, 1000)]
    public static partial Regex RandomisedTo();

    /// <summary>"patients with sepsis", "children admitted with severe malaria" (modifiers before the noun are added in code).</summary>
    [GeneratedRegex(@"\b(?<pop>(?:patients|adults|children|infants|neonates|newborns|women|men|subjects|participants|individuals|people|persons|survivors|smokers|mothers|pregnancies))\s+(?:who (?:had|have|were)\s+|suffering from\s+|admitted (?:to hospital )?with\s+|diagnosed with\s+|presenting with\s+|hospitali[sz]ed (?:for|with)\s+|with\s+)(?<cond>" + Phrase + @"{2,60})", Options, 1000)]
    public static partial Regex PatientsWith();

    /// <summary>"in the treatment of sepsis", "management of acute pancreatitis".</summary>
    [GeneratedRegex(@"\b(?:treatment|management|prevention|prophylaxis|therapy|care)\s+of\s+(?:the\s+)?(?<cond>" + Phrase + @"{2,60})", Options, 1000)]
    public static partial Regex CareOf();

    /// <summary>Words that mark a disease or condition.</summary>
    [GeneratedRegex(@"\b(?:(?:acute|chronic|severe|septic|early|advanced|metastatic|recurrent|type [12])\s+)?(?:[A-Za-z]+(?:itis|osis|iasis|emia|aemia|oma|omas|pathy|plegia|algia|trophy|penia|uria)|sepsis|septic shock|shock|cancer|carcinoma|tumou?rs?|syndrome|disease|disorder|infection|injury|failure|stroke|diabetes|hypertension|asthma|pneumonia|fracture|depression|schizophrenia|dementia|pain|obesity|malaria|tuberculosis|HIV|COVID-19|delirium|ARDS|COPD|DIC|AKI|anaemia|anemia|pre-eclampsia|preeclampsia|thrombosis|embolism|burns?|trauma|bleeding|haemorrhage|hemorrhage)\b(?!-)", Options, 1000)]
    public static partial Regex ConditionWord();

    /// <summary>Control conditions that are comparators by name.</summary>
    [GeneratedRegex(@"\b(?:placebo|usual care|standard care|standard (?:of )?care|standard therapy|standard treatment|conventional (?:therapy|treatment)|no treatment|no intervention|sham(?: \w+)?|waiting list|wait-list)\b", Options, 1000)]
    public static partial Regex NamedComparator();

    /// <summary>"The primary outcome was 28-day mortality."</summary>
    [GeneratedRegex(@"\b(?:primary|main|secondary) (?:efficacy )?(?:outcomes?|end ?points?)(?: measures?)?\s+(?:was|were|is|are|included|includes|comprised)\s+(?:the\s+)?(?<o>" + Phrase + @"{2,80})", Options, 1000)]
    public static partial Regex StatedOutcome();
}
