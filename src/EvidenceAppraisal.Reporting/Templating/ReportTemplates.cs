using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Rules.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace EvidenceAppraisal.Reporting.Templating;

/// <summary>A template (or a branding asset) could not be read, parsed or rendered: file, line and column, never a stack trace.</summary>
public sealed class TemplateException(string message) : Exception(message);

/// <summary>
/// Renders the report model through a Scriban template from a templates folder. The model reaches the
/// template with every string already escaped for the target format, so a template cannot forget to
/// escape, and text from an abstract (<c>&lt;script&gt;</c>, <c>{{ }}</c>) is data, never template code.
/// </summary>
public sealed class ReportTemplates
{
    private readonly string _folder;
    private readonly string? _fallbackFolder;
    // Parsed templates and partials by full path: a batch of reports parses each file once.
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <param name="folder">Where templates are looked up first (a profile's templates).</param>
    /// <param name="fallbackFolder">The shipped templates, used for files the first folder does not override.</param>
    public ReportTemplates(string folder, string? fallbackFolder = null)
    {
        _folder = Path.GetFullPath(folder);
        _fallbackFolder = fallbackFolder is null ? null : Path.GetFullPath(fallbackFolder);
    }

    /// <summary>Largest output one template may produce (see <see cref="ReportLimits.MaxReportChars"/>).</summary>
    public int MaxOutputChars { get; init; } = ReportLimits.MaxReportChars;

    public string Render(string templateName, AppraisalReport report, Func<string, string> escape)
    {
        var path = Resolve(templateName) ?? throw new TemplateException($"{templateName}: template not found in {_folder}");
        var template = Parse(path);
        var globals = new ScriptObject();
        globals["report"] = ToScript(JsonReportRenderer.ToElement(report), escape);
        var context = new TemplateContext
        {
            TemplateLoader = new FolderLoader(this),
            LoopLimit = 100_000,
            RecursiveLimit = 50,
            // Scriban truncates silently at its limits unless told to throw: a cut report would lie.
            LimitToString = MaxOutputChars,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutputChars,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (partialPath, partial) in _parsed)
        {
            context.CachedTemplates[partialPath] = partial;
        }

        context.PushGlobal(globals);
        try
        {
            var output = template.Render(context);
            foreach (var (partialPath, partial) in context.CachedTemplates)
            {
                _parsed.TryAdd(partialPath, partial);
            }

            return output;
        }
        catch (Scriban.Syntax.ScriptParserRuntimeException ex)
        {
            // A partial that does not parse: report the partial's own lines, not the include's.
            throw new TemplateException(string.Join("; ", ex.ParserMessages.Select(Describe)));
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex) when (IsOutputLimit(ex))
        {
            throw new ReportTooLargeException(
                $"{templateName}: the report would exceed {MaxOutputChars:N0} characters, the limit for one report ({ReportLimits.MaxReportCharsVariable} raises it)");
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new TemplateException($"{Location(ex.Span)}: error: {ex.OriginalMessage}");
        }
    }

    /// <summary>Scriban reports its size limits only in words: "Rendered output exceeds OutputLimit", "... LimitToString ...".</summary>
    private static bool IsOutputLimit(Scriban.Syntax.ScriptRuntimeException ex) =>
        ex.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal) || ex.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal);

    private Template Parse(string path)
    {
        if (_parsed.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var template = Template.Parse(File.ReadAllText(path), Display(path));
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("; ", template.Messages.Select(Describe)));
        }

        _parsed[path] = template;
        return template;
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private string? Resolve(string name)
    {
        foreach (var folder in new[] { _folder, _fallbackFolder }.OfType<string>())
        {
            var full = SafePaths.Inside(folder, name);
            if (full is not null && File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    private static string Describe(LogMessage message) => $"{Location(message.Span)}: {message.Type.ToString().ToLowerInvariant()}: {message.Message}";

    private static string Location(SourceSpan span) =>
        $"{(Path.IsPathRooted(span.FileName) ? Display(span.FileName) : span.FileName)}({span.Start.Line + 1},{span.Start.Column + 1})";

    /// <summary>JSON tree to Scriban objects, escaping every string leaf.</summary>
    private static object? ToScript(JsonElement element, Func<string, string> escape) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element, escape),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(e => ToScript(e, escape))),
        JsonValueKind.String => escape(element.GetString() ?? ""),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptObject ToObject(JsonElement element, Func<string, string> escape)
    {
        var obj = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            obj[property.Name] = ToScript(property.Value, escape);
        }

        return obj;
    }

    private sealed class FolderLoader(ReportTemplates owner) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            owner.Resolve(templateName) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template '{templateName}' not found inside the templates folder");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(File.ReadAllText(templatePath));
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
