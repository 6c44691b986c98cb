using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Web.Hosting;

namespace EvidenceAppraisal.Web.Profiles;

/// <summary>One profile a user may choose: its id (the file's name) and its file, or none for the built-in default.</summary>
internal sealed record ProfileEntry(string Id, string? Path);

/// <summary>
/// The profiles on offer: the built-in default and every <c>rules/profiles/*.yaml</c>, listed once at start.
/// A request names a profile by id only, so no path from a client ever reaches the file system.
/// </summary>
internal sealed class ProfileCatalog
{
    public const string DefaultId = "default";

    private readonly Dictionary<string, ProfileEntry> _byId;

    public ProfileCatalog(string rulesFolder)
    {
        var folder = Path.Combine(rulesFolder, RuleSetLoader.ProfilesFolder);
        var shipped = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new ProfileEntry(Path.GetFileNameWithoutExtension(f), f))
            : [];
        Entries = [new ProfileEntry(DefaultId, null), .. shipped.Where(p => !p.Id.Equals(DefaultId, StringComparison.OrdinalIgnoreCase))];
        _byId = Entries.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ProfileEntry> Entries { get; }

    /// <summary>The profile a request names (none is the default); a 400 naming the choices otherwise.</summary>
    public ProfileEntry Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Entries[0];
        }

        return _byId.TryGetValue(id.Trim(), out var entry)
            ? entry
            : throw WebProblem.BadRequest($"unknown profile '{ClientText.Shorten(id)}'; choose one of: {string.Join(", ", Entries.Select(p => p.Id))}");
    }
}
