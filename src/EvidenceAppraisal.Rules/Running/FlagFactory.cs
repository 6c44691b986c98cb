using System.Collections;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>Turns firings into flags: renders messages, quotes evidence, merges repeats of a rule, applies <c>supersedes</c>.</summary>
internal static class FlagFactory
{
    public static IReadOnlyList<Flag> Build(IReadOnlyList<RuleFiring> firings, AbstractDocument document)
    {
        var flags = new List<(Flag Flag, IReadOnlyList<string> Supersedes)>();
        // One flag per rule and message: a rule that fires for three claims with the same wording quotes all three.
        foreach (var group in firings.GroupBy(f => (f.Rule.Id, Message: f.Compiled.Message.Render(f.Facts))))
        {
            var first = group.First();
            var rule = first.Rule;
            var evidence = group.SelectMany(f => EvidenceFacts(f)).Distinct().OrderBy(f => f.Span.Start).ToList();
            var quotes = evidence.Select(f => f.Quote).Where(q => q.Length > 0).Distinct().ToList();
            var flag = new Flag
            {
                Id = rule.Id,
                Title = rule.Title,
                Category = rule.Category,
                Severity = rule.Severity,
                Message = group.Key.Message,
                Evidence = quotes.Count > 0 ? quotes : [document.Title],
                EvidenceSpans = evidence.Select(f => f.Span).Distinct().ToList(),
                Why = rule.Then.Why,
                Question = first.Compiled.Question?.Render(first.Facts) ?? rule.Then.Question,
                Advice = rule.Then.Advice,
                Pack = rule.Pack,
                Tags = rule.Tags,
                References = rule.References,
                Checklist = rule.Then.Checklist,
                Level = rule.Then.Level,
            };
            flags.Add((flag, rule.Supersedes));
        }

        var hidden = new HashSet<(string Id, string Evidence)>();
        foreach (var (flag, supersedes) in flags)
        {
            foreach (var id in supersedes)
            {
                foreach (var quote in flag.Evidence)
                {
                    hidden.Add((id, quote));
                }
            }
        }

        return flags
            .Select(f => f.Flag)
            .Where(f => !f.Evidence.All(q => hidden.Contains((f.Id, q))))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Category, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Fact> EvidenceFacts(RuleFiring firing)
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
