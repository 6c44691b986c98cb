using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Checklists;

/// <summary>
/// Builds the checklists section from the flags' checklist answers: every checklist that applies to the
/// design, or that a rule answered, with all its items; an item no rule answered is "not assessed".
/// </summary>
internal static class ChecklistBuilder
{
    public static IReadOnlyList<ChecklistView> Build(string designKind, IReadOnlyList<FlagView> flags, ChecklistCatalogue catalogue)
    {
        var answers = Answers(flags);
        var answered = answers.Keys.Select(catalogue.ChecklistOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var views = new List<ChecklistView>();
        foreach (var definition in catalogue.Checklists)
        {
            var wasAnswered = answered.Remove(definition.Id);
            if (wasAnswered || definition.Designs.Contains(designKind, StringComparer.Ordinal))
            {
                var items = definition.Items.Select(i => Item(i.Id, i.Section, i.Text, answers)).ToList();
                views.Add(View(definition.Id, definition.Name, definition.Reference, definition.Kind, items));
            }
        }

        // Answers to items the catalogue does not know still show, under their checklist's id.
        foreach (var id in answered.Order(StringComparer.Ordinal))
        {
            var items = answers.Keys.Where(k => catalogue.ChecklistOf(k).Equals(id, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).Select(k => Item(k, null, "(wording not in the checklist catalogue)", answers)).ToList();
            views.Add(View(id, id, null, "items", items));
        }

        return views;
    }

    private static ChecklistView View(string id, string name, string? reference, string kind, IReadOnlyList<ChecklistItemView> items) => new()
    {
        Id = id,
        Name = name,
        Reference = reference,
        Kind = kind,
        Items = items,
        Answered = items.Count(i => i.Status is not null),
    };

    private static ChecklistItemView Item(string id, string? section, string text, Dictionary<string, Answer> answers)
    {
        if (!answers.TryGetValue(id, out var answer))
        {
            return new ChecklistItemView(id, section, text, null, ChecklistStatus.NotAssessed, [], []);
        }

        return new ChecklistItemView(id, section, text, answer.Status, ChecklistStatus.Label(answer.Status), answer.Evidence, answer.Flags);
    }

    /// <summary>Item id → the most worrying answer given, with the evidence and flags of every flag that gave an answer.</summary>
    private static Dictionary<string, Answer> Answers(IReadOnlyList<FlagView> flags)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.OrdinalIgnoreCase);
        foreach (var flag in flags)
        {
            foreach (var (item, raw) in flag.Checklist)
            {
                var status = ChecklistStatus.Normalise(raw);
                if (!answers.TryGetValue(item, out var answer))
                {
                    answer = new Answer(status);
                    answers[item] = answer;
                }
                else if (ChecklistStatus.Concern(status) > ChecklistStatus.Concern(answer.Status))
                {
                    answer.Status = status;
                }

                answer.Flags.Add(flag.Number);
                foreach (var quote in flag.Evidence.Where(q => !answer.Evidence.Contains(q)))
                {
                    answer.Evidence.Add(quote);
                }
            }
        }

        return answers;
    }

    private sealed class Answer(string status)
    {
        public string Status { get; set; } = status;

        public List<string> Evidence { get; } = [];

        public List<int> Flags { get; } = [];
    }
}
