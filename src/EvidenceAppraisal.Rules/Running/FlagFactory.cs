using System.Collections;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>A flag that a superseding rule hid, and which rule hid it.</summary>
public sealed record HiddenFlag(Flag Flag, string SupersededBy);

/// <summary>Turns firings into flags: renders messages, quotes evidence, merges repeats of a rule, applies <c>supersedes</c>.</summary>
internal static class FlagFactory
{
    public static IReadOnlyList<Flag> Build(IReadOnlyList<RuleFiring> firings, AbstractDocument document) => BuildAll(firings, document).Shown;

    /// <summary>
    /// The flags shown, most severe first, and those hidden by <c>supersedes</c>. A rule that fires hides, in the
    /// flags of the rules it supersedes, every piece of evidence (quoted sentence) it quotes too; a flag left
    /// with no evidence of its own is hidden whole.
    /// </summary>
    public static (IReadOnlyList<Flag> Shown, IReadOnlyList<HiddenFlag> Hidden) BuildAll(IReadOnlyList<RuleFiring> firings, AbstractDocument document)
    {
        var built = new List<(Flag Flag, RuleFiring First, List<Fact> Evidence)>();
        // One flag per rule and message: a rule that fires for three claims with the same wording quotes all three.
        foreach (var group in firings.GroupBy(f => (f.Rule.Id, Message: f.Compiled.Message.Render(f.Facts))))
        {
            var first = group.First();
            var rule = first.Rule;
            var evidence = group.SelectMany(EvidenceFacts).Distinct().OrderBy(f => f.Span.Start).ToList();
            var flag = new Flag
            {
                Id = rule.Id,
                Title = rule.Title,
                Category = rule.Category,
                Severity = rule.Severity,
                Message = group.Key.Message,
                Evidence = [],
                Why = first.Compiled.Why?.Render(first.Facts),
                Question = first.Compiled.Question?.Render(first.Facts),
                Advice = first.Compiled.Advice?.Render(first.Facts),
                Pack = rule.Pack,
                Status = rule.Status,
                Tags = rule.Tags,
                References = rule.References,
                Checklist = rule.Then.Checklist,
                Level = rule.Then.Level,
            };
            built.Add((flag, first, evidence));
        }

        // Sentences each rule's flags quote (gathered only for rules that supersede one that fired: few do), and which rules claim to supersede it.
        var quotedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> QuotedBy(string id) => quotedBy.TryGetValue(id, out var quoted) ? quoted
            : quotedBy[id] = built.Where(b => b.Flag.Id == id).SelectMany(b => Quotes(b.Evidence, document)).ToHashSet(StringComparer.Ordinal);
        var supersededBy = built.SelectMany(b => b.First.Rule.Supersedes.Select(target => (Target: target, By: b.Flag.Id)))
            .Distinct()
            .ToLookup(x => x.Target, x => x.By);

        var shown = new List<Flag>();
        var hidden = new List<HiddenFlag>();
        foreach (var (flag, _, evidence) in built)
        {
            var remaining = evidence;
            string? hider = null;
            foreach (var by in supersededBy[flag.Id])
            {
                var covered = QuotedBy(by);
                var left = remaining.Where(f => !covered.Contains(QuoteOf(f, document))).ToList();
                var wholeDocument = remaining.Count == 0 && covered.Contains(document.Title);
                if (left.Count < remaining.Count || wholeDocument)
                {
                    hider ??= by;
                }

                remaining = left;
                if (wholeDocument)
                {
                    break;
                }
            }

            if (hider is not null && (remaining.Count == 0))
            {
                hidden.Add(new HiddenFlag(Complete(flag, evidence, document), hider));
            }
            else
            {
                shown.Add(Complete(flag, evidence.Count == 0 ? evidence : remaining, document));
            }
        }

        return (shown
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Category, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList(), hidden);
    }

    private static Flag Complete(Flag flag, List<Fact> evidence, AbstractDocument document)
    {
        var quotes = evidence.Select(f => f.Quote).Where(q => q.Length > 0).Distinct().ToList();
        return flag with
        {
            Evidence = quotes.Count > 0 ? quotes : [document.Title],
            EvidenceSpans = evidence.Select(f => f.Span).Distinct().ToList(),
        };
    }

    private static IEnumerable<string> Quotes(List<Fact> evidence, AbstractDocument document) =>
        evidence.Count == 0 ? [document.Title] : evidence.Select(f => QuoteOf(f, document));

    private static string QuoteOf(Fact fact, AbstractDocument document) => fact.Quote.Length > 0 ? fact.Quote : document.Title;

    internal static IEnumerable<Fact> EvidenceFacts(RuleFiring firing)
    {
        foreach (var name in firing.Compiled.EvidenceNames)
        {
            if (!firing.Facts.TryGetValue(name, out var value))
            {
                continue;
            }

            if (value is Fact fact)
            {
                yield return fact;
            }
            else if (value is IEnumerable many)
            {
                foreach (var item in many.OfType<Fact>())
                {
                    yield return item;
                }
            }
        }
    }
}
