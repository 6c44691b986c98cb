using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Reads <c>profile.yaml</c> files, following <c>extends</c> (a child's settings win over its parent's).</summary>
internal static class ProfileReader
{
    public static readonly string[] Keys = ["$schema", "profile", "description", "extends", "packs", "disable", "severity", "params", "wording", "include", "report"];

    public static readonly string[] ReportKeys = ["title", "logo", "templates"];

    public static Profile? Read(string path, List<Diagnostic> diagnostics) => Read(Path.GetFullPath(path), diagnostics, []);

    private static Profile? Read(string path, List<Diagnostic> diagnostics, HashSet<string> seen)
    {
        var display = RuleSetLoader.Display(path);
        if (!seen.Add(path))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ProfileCycle, "profiles extend each other in a cycle", new SourceLocation(display, 0, 0)));
            return null;
        }

        var root = YamlDocument.Load(path, display, diagnostics);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, display, diagnostics);
        map.OnlyKeys("a profile", Keys);
        var folder = Path.GetDirectoryName(path)!;
        var parent = Profile.Default;
        if (map.String("extends") is { } extends)
        {
            var parentPath = SafePaths.Inside(folder, extends);
            if (parentPath is null)
            {
                map.Error(DiagnosticCodes.PathOutsideFolder, $"'extends: {extends}' must name a profile inside this profile's folder", map.ValueLocation("extends"));
            }
            else if (!File.Exists(parentPath))
            {
                map.Error(DiagnosticCodes.PathNotFound, $"'extends: {extends}': no such profile", map.ValueLocation("extends"));
            }
            else
            {
                parent = Read(parentPath, diagnostics, seen) ?? Profile.Default;
            }
        }

        var locations = new Dictionary<string, SourceLocation>(parent.Locations, StringComparer.Ordinal);
        var severities = new Dictionary<string, Severity>(parent.Severities, StringComparer.Ordinal);
        foreach (var (id, (value, at)) in map.Pairs("severity"))
        {
            locations["severity:" + id] = at;
            if (Enum.TryParse<Severity>(value, ignoreCase: true, out var severity) && !int.TryParse(value, out _))
            {
                severities[id] = severity;
            }
            else
            {
                map.Error(DiagnosticCodes.BadSeverity, $"severity '{value}' must be one of info, minor, major, critical", at);
            }
        }

        var parameters = new Dictionary<string, object>(parent.Params, StringComparer.Ordinal);
        foreach (var (key, (value, at)) in map.Pairs("params"))
        {
            locations["params:" + key] = at;
            var dot = key.LastIndexOf('.');
            if (dot <= 0 || dot == key.Length - 1)
            {
                map.Error(DiagnosticCodes.BadValue, $"parameter '{key}' must be written RULE-ID.name", at);
                continue;
            }

            parameters[key] = PackFileReader.ParseParam(value);
        }

        var wording = new Dictionary<string, string>(parent.Wording, StringComparer.Ordinal);
        foreach (var (key, (value, at)) in map.Pairs("wording"))
        {
            locations["wording:" + key] = at;
            wording[key] = value;
        }

        var disabled = new HashSet<string>(parent.Disabled, StringComparer.Ordinal);
        foreach (var (id, at) in map.StringsAt("disable"))
        {
            locations["disable:" + id] = at;
            disabled.Add(id);
        }

        var packs = new List<string>();
        foreach (var (pack, at) in map.StringsAt("packs"))
        {
            locations["packs:" + pack] = at;
            packs.Add(pack);
        }

        var included = new List<string>(parent.IncludedFiles);
        foreach (var (glob, at) in map.StringsAt("include"))
        {
            var files = SafePaths.Glob(folder, glob);
            if (files is null)
            {
                map.Error(DiagnosticCodes.PathOutsideFolder, $"include '{glob}' must stay inside the profile's folder (no '..', absolute path, symlink out, or '*' in folder names)", at);
            }
            else if (files.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.IncludeMatchesNothing, $"include '{glob}' matches no file", at, IsError: false));
            }
            else
            {
                included.AddRange(files.Where(f => !included.Contains(f)));
            }
        }

        var report = parent.Report;
        if (map.Map("report") is { } reportMap)
        {
            reportMap.OnlyKeys("'report'", ReportKeys);
            report = new ReportBranding
            {
                Title = reportMap.String("title") ?? report.Title,
                LogoPath = InsideOrError(reportMap, folder, "logo", wantFolder: false) ?? report.LogoPath,
                TemplatesFolder = InsideOrError(reportMap, folder, "templates", wantFolder: true) ?? report.TemplatesFolder,
            };
        }

        return new Profile
        {
            Name = map.String("profile", required: true) ?? Path.GetFileNameWithoutExtension(path),
            Path = path,
            Packs = packs.Count > 0 ? packs : parent.Packs,
            Disabled = disabled,
            Severities = severities,
            Params = parameters,
            Wording = wording,
            IncludedFiles = included,
            Report = report,
            Locations = locations,
        };
    }

    private static string? InsideOrError(YamlMap map, string folder, string key, bool wantFolder)
    {
        var value = map.String(key);
        if (value is null)
        {
            return null;
        }

        var full = SafePaths.Inside(folder, value);
        if (full is null)
        {
            map.Error(DiagnosticCodes.PathOutsideFolder, $"{key} path '{value}' must stay inside the profile's folder (no '..', absolute path or symlink out)", map.ValueLocation(key));
            return null;
        }

        if (wantFolder ? !Directory.Exists(full) : !File.Exists(full))
        {
            map.Error(DiagnosticCodes.PathNotFound, $"{key} path '{value}': no such {(wantFolder ? "folder" : "file")}", map.ValueLocation(key));
            return null;
        }

        return full;
    }
}
