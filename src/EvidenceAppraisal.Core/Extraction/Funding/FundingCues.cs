using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction.Funding;

/// <summary>Cues of funding and conflict-of-interest statements, and of what kind of body a funder is.</summary>
internal static partial class FundingCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The statement cues, screened together per sentence (see <see cref="CueSet"/>).</summary>
    public static readonly CueSet Set = new();

    public static readonly Cue FundedBy = Set.Add(FundedByPattern(), "funded|supported|sponsored|financed|paid|funding|financial|grant|grants|support|received|under");
    public static readonly Cue NoFunding = Set.Add(NoFundingPattern(), "funding|funded|fund|grant|grants|support|supported|none|nil|applicable|specific|external|financial|without");
    public static readonly Cue NoConflict = Set.Add(NoConflictPattern(), "conflict|conflicts|competing|nothing|none|interest|interests|disclose|disclosures|disclosure|financial|relevant|nil|declared|no");
    public static readonly Cue DeclaredInterest = Set.Add(DeclaredInterestPattern(), "received|receives|report|reports|reported|declares|declare|disclosed|disclose|fees|fee|honoraria|honorarium|grant|grants|support|funding|payment|payments|compensation|royalties|stock|shares|equity|employee|employees|consultant|consultants|adviser|advisers|advisor|advisors|speaker|speakers|speakers'|board|boards|founder|founders|cofounder|investigator|investigators|hold|holds|own|owns|served|serves|advisory|consultancy|consultancies|conflict|conflicts|competing|shareholder|shareholders|stockholder|stockholders|research|travel|bureau|bureaus");

    /// <summary>Section headings that hold a funding statement.</summary>
    [GeneratedRegex(@"^(?:funding|funding sources?|sources? of (?:funding|support)|financial support|support|sponsor(?:ship)?|grant support|acknowledge?ments?|financial disclosures?|funding/support|role of the funding source)\b", Options, 1000)]
    public static partial Regex FundingHeading();

    /// <summary>Section headings that hold a conflict-of-interest statement.</summary>
    [GeneratedRegex(@"^(?:conflicts? of interests?|competing interests?|declaration of interests?|disclosures?|conflict of interest statement|potential conflicts? of interest|duality of interest|financial disclosures?)\b", Options, 1000)]
    public static partial Regex ConflictHeading();

    /// <summary>Prose that names a funder: "funded by", "supported by a grant from", "sponsored by".</summary>
    [GeneratedRegex(@"\b(?:(?:was|were|is|are|been|study|trial|work|research)\s+(?:\w+\s+){0,2}?(?:funded|supported|sponsored|financed|paid for)\s+(?:in part\s+|partly\s+|partially\s+|jointly\s+|fully\s+)?by|(?:funded|supported|sponsored|financed)\s+(?:in part\s+|partly\s+)?by\s+(?:a\s+|an\s+|the\s+)?(?:grants?|award|contract|funding|unrestricted)|(?:funding|financial support|grant support|support)\s+(?:was\s+)?(?:provided|received|obtained)\s+(?:by|from)|received (?:funding|financial support|a grant|grants|support) from|(?:grants?|funding) from|under (?:the )?(?:grant|contract|award) (?:no\.?|number))\s*(?<funders>[^.;]{3,240})", Options, 1000)]
    private static partial Regex FundedByPattern();

    [GeneratedRegex(@"\b(?:no (?:specific |external |financial |funding|grant)(?:[\w ]{0,30})?(?:funding|grant|support|source)s?|(?:was|were|received) not (?:funded|supported)|without (?:any )?(?:external )?funding|did not receive any (?:specific |external )?(?:funding|grant)|(?:funding|sources? of funding)\s*:?\s*(?:none|nil|not applicable)\b)", Options, 1000)]
    private static partial Regex NoFundingPattern();

    /// <summary>"The authors declare no conflict of interest", "No competing interests were declared", "None declared".</summary>
    [GeneratedRegex(@"\b(?:(?:declare|report|have|has|had|there (?:is|are|was|were))\s+(?:\w+\s+){0,2}?no\s+(?:\w+\s+){0,2}?(?:conflicts?|competing interests?|financial (?:interests?|relationships?|disclosures?|ties)|relevant (?:financial|conflicts?|interests?|disclosures?))\b|no (?:potential |financial |relevant |known )?(?:conflicts? of interests?|competing (?:financial )?interests?)(?:\s+(?:exist|to declare|to disclose|were declared|was declared|is declared|are declared|relevant))?|nothing to (?:declare|disclose)|none (?:declared|to declare|reported)|(?:conflicts? of interests?|competing interests?|disclosures?)\s*:?\s*(?:none|nil|no|not applicable)\b)", Options, 1000)]
    private static partial Regex NoConflictPattern();

    /// <summary>Declared interests: fees, honoraria, grants, employment, shares, advisory roles.</summary>
    [GeneratedRegex(@"\b(?:(?:received|receives|reports?|reported|has received|have received|declares?|disclosed?)\s+(?:\w+\s+){0,4}?(?:fees?|honoraria|honorarium|grants?|research (?:support|funding)|funding|payments?|compensation|travel (?:support|grants?)|support|royalties|stock|shares|equity)|(?:is|are|was|were) (?:an? )?(?:employees?|consultants?|advisers?|advisors?|speakers?|board members?|shareholders?|stockholders?|founders?|co-founders?|investigators?) (?:of|for|to|at|with|in)|(?:hold|holds|own|owns) (?:stock|shares|equity|patents?)|(?:served|serves|has served) (?:as|on)|advisory boards?|speakers'? bureaus?|consultanc(?:y|ies)|conflicts? of interest\b(?!\s*[.:]?\s*(?:none|no)\b)|competing interests?\b(?!\s*[.:]?\s*(?:none|no)\b))", Options, 1000)]
    private static partial Regex DeclaredInterestPattern();

    [GeneratedRegex(@"\b(?:employees?|employed|shares|stock|equity|shareholders?|stockholders?)\b", Options, 1000)]
    public static partial Regex Employment();

    /// <summary>Company names: legal suffixes and well-known drug and device makers.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Inc|Incorporated|Ltd|Limited|LLC|plc|PLC|GmbH|AG|SA|S\.A\.|S\.p\.A\.|SpA|BV|B\.V\.|NV|Co|Corp|Corporation|Pharma|Pharmaceuticals?|Therapeutics|Biotech|Biosciences|Laboratories|Labs|Healthcare|Medical)\b\.?|(?:Pfizer|Novartis|AstraZeneca|GlaxoSmithKline|GSK|Merck|MSD|Sanofi(?:-Aventis)?|Roche|Genentech|Bayer|Eli Lilly|Lilly|Boehringer Ingelheim|Janssen|Johnson & Johnson|Abbott|AbbVie|Amgen|Bristol[- ]Myers Squibb|BMS|Takeda|Novo Nordisk|Astellas|Daiichi Sankyo|Eisai|Otsuka|Teva|Gilead|Biogen|Regeneron|Vertex|Medtronic|Boston Scientific|Stryker|Baxter|Fresenius|Allergan|Servier|Ipsen|Lundbeck|Grünenthal|Mundipharma|Menarini|Chiesi|Shire|Celgene|Alexion|Ferring|Organon|Viatris|Mylan|Sandoz|Zambon|Almirall|UCB|Leo Pharma|Nestlé|Danone|Abbott Nutrition)\b)", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Company();

    /// <summary>Public and charitable funders: ministries, councils, institutes, foundations, universities, charities.</summary>
    [GeneratedRegex(@"\b(?:National Institutes? of Health|NIH|NIHR|National Institute|Ministry|Department of Health|Research Council|Council|Foundation|Fund|Trust|Wellcome|University|Universities|Universit[àé]|Hospital|Government|Agency|Federal|European (?:Commission|Union|Research)|Horizon 2020|Horizon Europe|National Science Foundation|NSFC|Natural Science Foundation|Medical Research|Cancer Research UK|Canadian Institutes|CIHR|NHMRC|DFG|ANR|AHRQ|PCORI|CDC|Centers for Disease Control|Veterans Affairs|Public Health|Society|Association|Academy|Charity)\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PublicBody();

    /// <summary>The sentence is about the authors or investigators (initials such as "J.S." or "AB" count).</summary>
    [GeneratedRegex(@"\b(?:authors?|investigators?|[A-Z]\.\s?[A-Z]\.|[A-Z]{2,3})\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex AboutAuthors();

    /// <summary>Words that make a sentence a disclosure rather than a report of study funding.</summary>
    [GeneratedRegex(@"\b(?:conflicts? of interest|competing interests?|disclos|honorari|consult|advisory|speaker|employee|fees?)", Options, 1000)]
    public static partial Regex DisclosureWords();

    /// <summary>Separators between funders: commas, semicolons, "and" before a capitalised name.</summary>
    [GeneratedRegex(@",\s*(?:and\s+)?|(?<!\s)\s+and\s+(?=(?:the\s+)?[A-Z])|;\s*", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex FunderSeparator();

    /// <summary>
    /// Grant numbers and their labels: "(grant no. R01 CA123456)", "grant 12-345", "U10CA180868". At most 40
    /// characters before a grant's first digit: unbounded, "grantgrantgrant..." without a digit was quadratic.
    /// </summary>
    [GeneratedRegex(@"\s*(?:\((?:grant|award|contract|no\.?|number)[^)]*\)|(?:grant|award|contract)\s*(?:no\.?|number|#)?\s*[\w/-]{0,40}\d[\w/-]*|\b[A-Z]{1,4}\d[\w/-]+)\s*", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex GrantNumber();

    [GeneratedRegex(@"^(?:the|a|an|grants?|funding|support)\s+(?:from\s+)?", Options, 1000)]
    public static partial Regex LeadingWords();
}
