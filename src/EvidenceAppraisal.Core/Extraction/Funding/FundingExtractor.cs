using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Funding;

/// <summary>
/// Finds funding and conflict-of-interest statements: under their own headings ("Funding:", "Competing interests:")
/// or in prose ("This trial was funded by ...", "The authors declare no conflict of interest"), with the funders
/// named and whether they are companies or public bodies. Observes only: whether industry funding matters is a rule's call.
/// </summary>
public sealed class FundingExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        foreach (var sentence in document.Sentences)
        {
            var label = document.Sections[sentence.SectionIndex].Label ?? "";
            var fundingHeading = label.Length > 0 && FundingCues.FundingHeading().IsMatch(label);
            var conflictHeading = label.Length > 0 && FundingCues.ConflictHeading().IsMatch(label);
            var mask = context.CueMask(FundingCues.Set, sentence.Index);
            if (Funding(sentence, fundingHeading, mask) is { } funding)
            {
                context.Add(funding);
            }

            if (Conflict(sentence, conflictHeading, mask) is { } conflict)
            {
                context.Add(conflict);
            }
        }
    }

    private static FundingFact? Funding(Sentence sentence, bool underHeading, ulong mask)
    {
        var text = sentence.Text;
        var none = Match(FundingCues.NoFunding, text, mask);
        if (none.Success)
        {
            return new FundingFact(At(sentence, none), text, sentence.Index) { Funders = [], NoFunding = true, FromHeading = underHeading };
        }

        var funded = Match(FundingCues.FundedBy, text, mask);
        if (!funded.Success && !underHeading)
        {
            return null;
        }

        var named = funded.Success ? funded.Groups["funders"].Value : text;
        var funders = Funders(named);
        if (funders.Count == 0 && !funded.Success)
        {
            return null;
        }

        return new FundingFact(funded.Success ? At(sentence, funded) : sentence.Span, text, sentence.Index)
        {
            Funders = funders,
            IsIndustry = FundingCues.Company().IsMatch(named),
            IsPublic = FundingCues.PublicBody().IsMatch(named),
            FromHeading = underHeading,
        };
    }

    private static ConflictFact? Conflict(Sentence sentence, bool underHeading, ulong mask)
    {
        var text = sentence.Text;
        var none = Match(FundingCues.NoConflict, text, mask);
        if (none.Success)
        {
            return new ConflictFact(At(sentence, none), text, sentence.Index) { HasConflicts = false };
        }

        var declared = Match(FundingCues.DeclaredInterest, text, mask);
        // In prose, a declared interest must be about the authors and read as a disclosure.
        if (!declared.Success || !underHeading && (!FundingCues.AboutAuthors().IsMatch(text) || !FundingCues.DisclosureWords().IsMatch(text)))
        {
            return null;
        }

        return new ConflictFact(At(sentence, declared), text, sentence.Index)
        {
            HasConflicts = true,
            Companies = FundingCues.Company().Matches(text).Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            IsEmployment = FundingCues.Employment().IsMatch(text),
        };
    }

    /// <summary>The bodies named in a funding phrase, split on "and", commas and semicolons; grant numbers dropped.</summary>
    private static List<string> Funders(string phrase)
    {
        var funders = new List<string>();
        foreach (var part in FundingCues.FunderSeparator().Split(phrase))
        {
            var name = FundingCues.GrantNumber().Replace(part, " ").Trim();
            name = FundingCues.LeadingWords().Replace(name, "").Trim(' ', '.', ')', '(');
            if (name.Length >= 3 && char.IsUpper(name[0]))
            {
                funders.Add(name);
            }
        }

        return funders;
    }

    private static Match Match(Cue cue, string text, ulong mask) => cue.Match(text, mask);

    private static Span At(Sentence sentence, Match m) => new(sentence.Span.Start + m.Index, m.Length);
}
