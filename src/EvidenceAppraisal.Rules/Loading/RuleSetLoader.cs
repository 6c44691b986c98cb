using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>The packs and rules a profile selects, with the profile's overrides applied.</summary>
public sealed record LoadedRules(Profile Profile, IReadOnlyList<RulePack> Packs, IReadOnlyList<RuleSpec> Rules, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Loads rule packs from a rules folder (<c>rules/&lt;pack&gt;/*.yaml</c>) and applies a profile.</summary>
public static class RuleSetLoader
{
    /// <summary>The folder of example profiles, never a pack.</summary>
    public const string ProfilesFolder = "profiles";

    /// <summary>The folder of JSON Schemas, never a pack.</summary>
    public const string SchemaFolder = "schema";

    /// <summary>The shipped packs the profile selects (all of them without a profile), plus the profile's local packs.</summary>
    /// <param name="overrides">
    /// False keeps each rule's own severity, parameters and wording and uses the profile only to select rules:
    /// inline tests are written against the rule as its author wrote it.
    /// </param>
    public static LoadedRules Load(string rulesRoot, string? profilePath = null, bool overrides = true)
    {
        var diagnostics = new List<Diagnostic>();
        var profile = ReadProfile(profilePath, diagnostics);
        var files = PackFiles(rulesRoot, profile, diagnostics).Concat(profile.IncludedFiles.Select(f => (Folder: (string?)null, File: f)));
        return Assemble(profile, files, diagnostics, overrides);
    }

    /// <summary>Exactly the given pack folders or files (for <c>rules validate PATH</c>), with a profile's overrides and local packs when one is given.</summary>
    public static LoadedRules LoadPaths(IEnumerable<string> paths, string? profilePath = null, bool overrides = true)
    {
        var diagnostics = new List<Diagnostic>();
        var profile = ReadProfile(profilePath, diagnostics);
        var files = new List<(string?, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(SafePaths.FilesUnder(path, "*.yaml", recursive: true).Order(StringComparer.Ordinal).Select(f => ((string?)null, f)));
            }
            else if (File.Exists(path))
            {
                files.Add((null, path));
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.PathNotFound, "no such file or folder", new SourceLocation(path, 0, 0)));
            }
        }

        files.AddRange(profile.IncludedFiles.Where(f => !files.Any(x => Path.GetFullPath(x.Item2) == f)).Select(f => ((string?)null, f)));
        return Assemble(profile, files, diagnostics, overrides);
    }

    private static Profile ReadProfile(string? profilePath, List<Diagnostic> diagnostics) =>
        profilePath is null ? Profile.Default : ProfileReader.Read(profilePath, diagnostics) ?? Profile.Default;

    private static IEnumerable<(string? Folder, string File)> PackFiles(string rulesRoot, Profile profile, List<Diagnostic> diagnostics)
    {
        if (!Directory.Exists(rulesRoot))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.PathNotFound, "rules folder not found", new SourceLocation(rulesRoot, 0, 0)));
            yield break;
        }

        var available = Directory.EnumerateDirectories(rulesRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not (ProfilesFolder or SchemaFolder))
            .Order(StringComparer.Ordinal)
            .ToList();
        var wanted = profile.Packs.Count > 0 ? profile.Packs : available;
        foreach (var pack in wanted)
        {
            if (!available.Contains(pack))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownPack, $"unknown pack '{pack}'; available: {string.Join(", ", available)}", profile.LocationOf("packs", pack)));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(Path.Combine(rulesRoot, pack), "*.yaml").Order(StringComparer.Ordinal))
            {
                yield return (pack, file);
            }
        }
    }

    private static LoadedRules Assemble(Profile profile, IEnumerable<(string? Folder, string File)> files, List<Diagnostic> diagnostics, bool overrides)
    {
        var packs = new Dictionary<string, (string Version, List<RuleSpec> Rules)>(StringComparer.Ordinal);
        foreach (var (folder, file) in files)
        {
            var display = Display(file);
            if (PackFileReader.Read(file, display, diagnostics) is not var (pack, version, rules))
            {
                continue;
            }

            if (folder is not null && pack != folder)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.PackMismatch, $"file says 'pack: {pack}' but lies in the folder of pack '{folder}'", new SourceLocation(display, 1, 1)));
            }

            if (!packs.TryGetValue(pack, out var entry))
            {
                packs[pack] = entry = (version, []);
            }

            entry.Rules.AddRange(rules);
        }

        var all = packs.SelectMany(p => p.Value.Rules).ToList();
        foreach (var duplicate in all.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var rule in duplicate.Skip(1))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateRuleId, $"rule id '{rule.Id}' is already used at {duplicate.First().Location}", rule.Location));
            }
        }

        var distinct = all.DistinctBy(r => r.Id).ToList();
        RuleSetChecks.CheckReferences(distinct, diagnostics);
        RuleSetChecks.CheckProfile(profile, distinct, diagnostics);
        var selected = overrides ? ApplyProfile(profile, distinct) : distinct.Where(r => !profile.Disabled.Contains(r.Id)).ToList();
        var packList = packs.Select(p => new RulePack(p.Key, p.Value.Version, p.Value.Rules)).ToList();
        return new LoadedRules(profile, packList, selected, diagnostics);
    }

    /// <summary>Leaves disabled rules out and applies the profile's severities, parameters and wording (checked by <see cref="RuleSetChecks.CheckProfile"/>).</summary>
    private static List<RuleSpec> ApplyProfile(Profile profile, List<RuleSpec> rules)
    {
        var result = new List<RuleSpec>(rules.Count);
        foreach (var rule in rules.Where(r => !profile.Disabled.Contains(r.Id)))
        {
            var parameters = new Dictionary<string, object>(rule.Params, StringComparer.Ordinal);
            foreach (var (key, value) in profile.Params.Where(p => p.Key.StartsWith(rule.Id + ".", StringComparison.Ordinal)))
            {
                var name = key[(rule.Id.Length + 1)..];
                if (parameters.TryGetValue(name, out var current) && RuleSetChecks.SameKind(current, value))
                {
                    parameters[name] = current is double && value is int i ? (double)i : value;
                }
            }

            string? Word(string suffix) => profile.Wording.GetValueOrDefault(rule.Id + suffix);
            result.Add(rule with
            {
                Title = Word(".title") ?? rule.Title,
                Severity = profile.Severities.GetValueOrDefault(rule.Id, rule.Severity),
                Params = parameters,
                Then = rule.Then with
                {
                    Message = Word("") ?? Word(".message") ?? rule.Then.Message,
                    Question = Word(".question") ?? rule.Then.Question,
                    Advice = Word(".advice") ?? rule.Then.Advice,
                    Why = Word(".why") ?? rule.Then.Why,
                },
            });
        }

        return result;
    }

    /// <summary>Paths in diagnostics read relative to where the user stands.</summary>
    internal static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
