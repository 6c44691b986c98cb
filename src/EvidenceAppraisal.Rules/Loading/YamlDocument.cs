using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace EvidenceAppraisal.Rules.Loading;

/// <summary>
/// Loads one YAML file into nodes that remember where they were written. Anchors and aliases are
/// refused (they are how "billion laughs" files explode), and so are files over a size limit or nested
/// deeper than any rule needs.
/// </summary>
internal static class YamlDocument
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Deeper nesting is never needed by a rule file and would make the node builder recurse without bound.</summary>
    public const int MaxDepth = 64;

    public static YamlMappingNode? Load(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.PathNotFound, "file not found", new SourceLocation(displayPath, 0, 0)));
            return null;
        }

        if (info.Length > MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileTooLarge, $"file is larger than {MaxFileBytes:N0} bytes", new SourceLocation(displayPath, 0, 0)));
            return null;
        }

        return Parse(File.ReadAllText(path), displayPath, diagnostics);
    }

    public static YamlMappingNode? Parse(string text, string displayPath, List<Diagnostic> diagnostics)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            while (parser.MoveNext())
            {
                if (parser.Current is MappingStart or SequenceStart && ++depth > MaxDepth)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.YamlTooDeep, $"YAML nested deeper than {MaxDepth} levels", At(displayPath, parser.Current.Start)));
                    return null;
                }

                if (parser.Current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }

                if (parser.Current is AnchorAlias alias)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.AnchorsNotAllowed, $"YAML aliases (*{alias.Value}) are not allowed in rule files; write the value out",
                        At(displayPath, alias.Start)));
                    return null;
                }

                if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.AnchorsNotAllowed, $"YAML anchors (&{anchored.Anchor.Value}) are not allowed in rule files; write the value out",
                        At(displayPath, anchored.Start)));
                    return null;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, "the file must be a YAML mapping (key: value lines)", new SourceLocation(displayPath, 1, 1)));
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            var colon = reason.IndexOf("): ", StringComparison.Ordinal);
            diagnostics.Add(new Diagnostic(DiagnosticCodes.YamlSyntax, "YAML syntax: " + (colon >= 0 ? reason[(colon + 3)..] : reason), At(displayPath, ex.Start)));
            return null;
        }
    }

    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    public static SourceLocation At(string file, YamlNode node) => At(file, node.Start);
}
