using System.Text.Json;

namespace EvidenceAppraisal.Reporting.Checklists;

/// <summary>The checklists a report can show (CONSORT-A, PRISMA-A, CASP), read once from the embedded <c>checklists.json</c>.</summary>
internal sealed class ChecklistCatalogue
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private ChecklistCatalogue(IReadOnlyList<ChecklistDefinition> checklists) => Checklists = checklists;

    public static ChecklistCatalogue Default { get; } = Load();

    public IReadOnlyList<ChecklistDefinition> Checklists { get; }

    /// <summary>The checklist an item id belongs to: by the catalogue, else by its prefix (<c>casp-cohort-3</c> → <c>casp-cohort</c>).</summary>
    public string ChecklistOf(string itemId) =>
        Checklists.FirstOrDefault(c => c.Items.Any(i => i.Id.Equals(itemId, StringComparison.OrdinalIgnoreCase)))?.Id
        ?? (itemId.LastIndexOf('-') is var dash and > 0 ? itemId[..dash] : itemId);

    private static ChecklistCatalogue Load()
    {
        using var stream = typeof(ChecklistCatalogue).Assembly.GetManifestResourceStream("Checklists.checklists.json")
            ?? throw new InvalidOperationException("the checklist catalogue is missing from the assembly");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, Json) ?? throw new InvalidOperationException("the checklist catalogue is empty");
        return new ChecklistCatalogue(file.Checklists);
    }

    private sealed record CatalogueFile(IReadOnlyList<ChecklistDefinition> Checklists);
}

/// <param name="Kind"><c>items</c> (a reporting guideline) or <c>questions</c> (an appraisal worksheet).</param>
/// <param name="Designs">Design kinds the checklist applies to.</param>
internal sealed record ChecklistDefinition(string Id, string Name, string? Reference, string Kind, IReadOnlyList<string> Designs, IReadOnlyList<ChecklistItemDefinition> Items);

internal sealed record ChecklistItemDefinition(string Id, string? Section, string Text);
