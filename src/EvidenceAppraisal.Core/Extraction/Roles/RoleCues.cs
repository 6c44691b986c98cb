using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>Cue words that reveal a sentence's role in an unstructured abstract.</summary>
internal static partial class RoleCues
{
    [GeneratedRegex(@"\b(in conclusion|we conclude|conclusions?|these (findings|results|data) (suggest|indicate|show|support)|our (findings|results|data) (suggest|indicate|show|support)|this study (shows|suggests|demonstrates|indicates)|in summary|taken together|overall,|further (studies|research|trials) (are|is) (needed|warranted|required))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conclusion();

    [GeneratedRegex(@"\b(we (aimed|sought|hypothesi[sz]ed|investigated whether|assessed whether)|the (aim|objective|purpose|goal)s? (of|was|were|is)|this study (aimed|aims|was designed)|to (determine|assess|evaluate|investigate|compare|examine) (whether|the))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Objective();

    [GeneratedRegex(@"\b(were (randomi[sz]ed|enrolled|recruited|included|assigned|allocated|measured|assessed|followed)|was (measured|assessed|performed|conducted|used)|we (enrolled|recruited|randomi[sz]ed|conducted|performed|searched|analy[sz]ed|used|measured)|randomly assigned|primary (end ?point|outcome) was|double[- ]blind|placebo[- ]controlled|cohort of|data were)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Methods();

    [GeneratedRegex(@"(\b[Pp]\s*[<=>≤≥]\s*0?\.\d|\b95\s*%|\bCI\b|\b(OR|RR|HR)\s*[=:,]?\s*\d|(?<!\d)\d+(\.\d+)?\s*%|\bsignificantly\b|\b(was|were) (higher|lower|greater|smaller|reduced|increased|similar)\b|\bno (significant )?differences?\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Results();

    public static SectionRole Infer(string text, int index, int count)
    {
        var position = count <= 1 ? 0.5 : (double)index / (count - 1);
        if (Conclusion().IsMatch(text) && position > 0.5)
        {
            return SectionRole.Conclusions;
        }

        if (Objective().IsMatch(text) && position < 0.6)
        {
            return SectionRole.Objective;
        }

        if (Results().IsMatch(text) && position > 0.2)
        {
            return SectionRole.Results;
        }

        if (Methods().IsMatch(text))
        {
            return SectionRole.Methods;
        }

        if (position >= 0.999 && count > 2)
        {
            return SectionRole.Conclusions;
        }

        return position < 0.35 ? SectionRole.Background : position > 0.8 ? SectionRole.Conclusions : SectionRole.Results;
    }
}
