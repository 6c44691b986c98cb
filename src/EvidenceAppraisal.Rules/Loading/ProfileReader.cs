using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Reads <c>profile.yaml</c> files, following <c>extends</c> (a child's settings win over its parent's).</summary>
internal static class ProfileReader
{
    public static Profile? Read(string path, List<Diagnostic> diagnostics) => Read(Path.GetFullPath(path), diagnostics, []);

    private static Profile? Read(string path, List<Diagnostic> diagnostics, HashSet<string> seen)
    {
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
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
        map.OnlyKeys("a profile", "$schema", "profile", "extends", "packs", "disable", "severity", "params", "wording", "include", "report");
        var folder = Path.GetDirectoryName(path)!;
        var parent = Profile.Default;
        if (map.String("extends") is { } extends)
        {
            var parentPath = SafePaths.Inside(folder, extends);
            if (parentPath is null)
            {
                map.Error(DiagnosticCodes.PathOutsideFolder, $"'extends: {extends}' must name a profile inside this profile's folder", map.LocationOf("extends"));
            }
            else
            {
                parent = Read(parentPath, diagnostics, seen) ?? Profile.Default;
            }
        }

        var severities = new Dictionary<string, Severity>(parent.Severities, StringComparer.Ordinal);
        foreach (var (id, (value, at)) in map.Pairs("severity"))
        {
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
            if (!key.Contains('.', StringComparison.Ordinal))
            {
                map.Error(DiagnosticCodes.BadValue, $"parameter '{key}' must be written RULE-ID.name", at);
                continue;
            }

            parameters[key] = PackFileReader.ParseParam(value);
        }

        var wording = new Dictionary<string, string>(parent.Wording, StringComparer.Ordinal);
        foreach (var (key, (value, _)) in map.Pairs("wording"))
        {
            wording[key] = value;
        }

        var included = new List<string>(parent.IncludedFiles);
        foreach (var glob in map.Strings("include"))
        {
            var files = SafePaths.Glob(folder, glob);
            if (files is null)
            {
                map.Error(DiagnosticCodes.PathOutsideFolder, $"include '{glob}' must stay inside the profile's folder", map.LocationOf("include"));
                continue;
            }

            included.AddRange(files);
        }

        var report = parent.Report;
        if (map.Map("report") is { } reportMap)
        {
            reportMap.OnlyKeys("'report'", "title", "logo", "templates");
            report = new ReportBranding
            {
                Title = reportMap.String("title") ?? report.Title,
                LogoPath = InsideOrError(reportMap, folder, "logo") ?? report.LogoPath,
                TemplatesFolder = InsideOrError(reportMap, folder, "templates") ?? report.TemplatesFolder,
            };
        }

        var packs = map.Strings("packs");
        return new Profile
        {
            Name = map.String("profile", required: true) ?? Path.GetFileNameWithoutExtension(path),
            Path = path,
            Packs = packs.Count > 0 ? packs : parent.Packs,
            Disabled = new HashSet<string>(parent.Disabled.Concat(map.Strings("disable")), StringComparer.Ordinal),
            Severities = severities,
            Params = parameters,
            Wording = wording,
            IncludedFiles = included,
            Report = report,
        };
    }

    private static string? InsideOrError(YamlMap map, string folder, string key)
    {
        var value = map.String(key);
        if (value is null)
        {
            return null;
        }

        var full = SafePaths.Inside(folder, value);
        if (full is null)
        {
            map.Error(DiagnosticCodes.PathOutsideFolder, $"{key} path '{value}' must stay inside the profile's folder", map.LocationOf(key));
        }
        else if (!File.Exists(full) && !Directory.Exists(full))
        {
            map.Error(DiagnosticCodes.PathNotFound, $"{key} path '{value}' does not exist", map.LocationOf(key));
            return null;
        }

        return full;
    }
}
