namespace EvidenceAppraisal.Extraction.Harms;

/// <summary>An intervention class, the names that belong to it, and the harm it is best known for.</summary>
/// <param name="Class">The class ("anticoagulant").</param>
/// <param name="Members">Lower-case names and stems that identify the class in text ("heparin", "enoxaparin").</param>
/// <param name="Harm">The principal harm, as a reader would name it ("bleeding").</param>
/// <param name="HarmTerms">Lower-case words by which an abstract names that harm ("haemorrhage", "hemorrhage").</param>
public sealed record PrincipalHarm(string Class, IReadOnlyList<string> Members, string Harm, IReadOnlyList<string> HarmTerms);

/// <summary>
/// A small table of intervention classes and the harm a journal club would expect to see reported for
/// each. Deliberately short: one principal harm per class, the one whose silence is most telling.
/// </summary>
public static class PrincipalHarms
{
    private static readonly string[] Bleeding = ["bleeding", "bleed", "bleeds", "haemorrhage", "hemorrhage", "haemorrhagic", "hemorrhagic", "hematoma", "haematoma", "transfusion"];

    public static IReadOnlyList<PrincipalHarm> Table { get; } =
    [
        new("anticoagulant", ["heparin", "enoxaparin", "dalteparin", "tinzaparin", "nadroparin", "fondaparinux", "warfarin", "acenocoumarol", "phenprocoumon", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "bivalirudin", "argatroban", "anticoagulant", "anticoagulants", "anticoagulation"], "bleeding", Bleeding),
        new("antiplatelet", ["aspirin", "acetylsalicylic acid", "clopidogrel", "prasugrel", "ticagrelor", "ticlopidine", "cilostazol", "dipyridamole", "abciximab", "eptifibatide", "tirofiban", "antiplatelet"], "bleeding", Bleeding),
        new("thrombolytic", ["alteplase", "tenecteplase", "reteplase", "streptokinase", "urokinase", "thrombolysis", "thrombolytic", "fibrinolytic"], "bleeding", ["intracranial haemorrhage", "intracranial hemorrhage", .. Bleeding]),
        new("nsaid", ["ibuprofen", "naproxen", "diclofenac", "ketorolac", "indomethacin", "celecoxib", "etoricoxib", "meloxicam", "nsaid", "nsaids"], "gastrointestinal bleeding", ["gastrointestinal bleeding", "gi bleeding", "ulcer", "ulceration", .. Bleeding]),
        new("corticosteroid", ["hydrocortisone", "dexamethasone", "methylprednisolone", "prednisolone", "prednisone", "corticosteroid", "corticosteroids", "glucocorticoid", "glucocorticoids", "steroid", "steroids"], "infection and hyperglycaemia", ["infection", "infections", "superinfection", "hyperglycaemia", "hyperglycemia", "sepsis"]),
        new("opioid", ["morphine", "fentanyl", "remifentanil", "sufentanil", "oxycodone", "hydromorphone", "tramadol", "methadone", "buprenorphine", "opioid", "opioids"], "respiratory depression", ["respiratory depression", "hypoventilation", "apnoea", "apnea", "sedation", "overdose"]),
        new("aminoglycoside", ["gentamicin", "amikacin", "tobramycin", "streptomycin", "aminoglycoside", "aminoglycosides"], "nephrotoxicity", ["nephrotoxicity", "kidney injury", "renal injury", "renal failure", "ototoxicity", "hearing loss"]),
        new("glycopeptide or polymyxin", ["vancomycin", "teicoplanin", "colistin", "polymyxin"], "nephrotoxicity", ["nephrotoxicity", "kidney injury", "renal injury", "renal failure", "creatinine"]),
        new("anthracycline", ["doxorubicin", "epirubicin", "daunorubicin", "idarubicin", "anthracycline", "anthracyclines"], "cardiotoxicity", ["cardiotoxicity", "heart failure", "cardiomyopathy", "ejection fraction"]),
        new("platinum", ["cisplatin", "carboplatin", "oxaliplatin"], "nephrotoxicity and neuropathy", ["nephrotoxicity", "kidney injury", "neuropathy", "neurotoxicity", "ototoxicity"]),
        new("tnf inhibitor", ["infliximab", "adalimumab", "etanercept", "certolizumab", "golimumab"], "serious infection", ["infection", "infections", "tuberculosis", "sepsis"]),
        new("insulin or sulfonylurea", ["insulin", "glibenclamide", "glyburide", "gliclazide", "glimepiride", "glipizide", "sulfonylurea", "sulfonylureas"], "hypoglycaemia", ["hypoglycaemia", "hypoglycemia", "hypoglycaemic", "hypoglycemic"]),
        new("fluoroquinolone", ["ciprofloxacin", "levofloxacin", "moxifloxacin", "ofloxacin", "fluoroquinolone", "fluoroquinolones"], "tendon and nerve damage", ["tendon", "tendinopathy", "tendon rupture", "neuropathy", "aortic"]),
        new("hydroxyethyl starch", ["hydroxyethyl starch", "hes", "tetrastarch", "hetastarch"], "kidney injury", ["kidney injury", "renal failure", "renal replacement", "dialysis"]),
        new("vasopressor", ["norepinephrine", "noradrenaline", "epinephrine", "adrenaline", "vasopressin", "phenylephrine", "dopamine", "vasopressor", "vasopressors"], "arrhythmia and ischaemia", ["arrhythmia", "arrhythmias", "tachyarrhythmia", "atrial fibrillation", "ischaemia", "ischemia", "necrosis"]),
        new("benzodiazepine", ["midazolam", "lorazepam", "diazepam", "alprazolam", "clonazepam", "benzodiazepine", "benzodiazepines"], "sedation and delirium", ["sedation", "delirium", "falls", "respiratory depression", "dependence"]),
        new("methotrexate", ["methotrexate"], "myelosuppression and hepatotoxicity", ["myelosuppression", "neutropenia", "cytopenia", "hepatotoxicity", "liver"]),
        new("amiodarone", ["amiodarone"], "thyroid and lung toxicity", ["thyroid", "hypothyroidism", "hyperthyroidism", "pulmonary toxicity", "pulmonary fibrosis"]),
    ];

    /// <summary>The table row whose member names <paramref name="intervention"/> (a whole word of it), or null.</summary>
    public static PrincipalHarm? For(string intervention)
    {
        if (intervention.Length == 0)
        {
            return null;
        }

        var words = $" {intervention.ToLowerInvariant()} ";
        foreach (var (row, needles) in MemberNeedles)
        {
            foreach (var needle in needles)
            {
                if (words.Contains(needle, StringComparison.Ordinal))
                {
                    return row;
                }
            }
        }

        return null;
    }

    /// <summary>Each row with its members as a whole word (" heparin "), before a hyphen (" heparin-") or after one ("-heparin "), built once rather than per call.</summary>
    private static readonly (PrincipalHarm Row, string[] Needles)[] MemberNeedles =
        Table.Select(row => (row, row.Members.SelectMany(member => new[] { $" {member} ", $" {member}-", $"-{member} " }).ToArray())).ToArray();
}
