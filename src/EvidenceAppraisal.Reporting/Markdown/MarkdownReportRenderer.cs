using System.Text;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Reporting.Templating;

namespace EvidenceAppraisal.Reporting.Markdown;

/// <summary>Markdown for a wiki, a chat or an email, from <c>templates/report.md.sbn</c>.</summary>
public sealed class MarkdownReportRenderer(ReportTemplates templates)
{
    public const string TemplateName = "report.md.sbn";

    public string Render(AppraisalReport report) => templates.Render(TemplateName, report, Escape);

    /// <summary>Backslash-escapes Markdown punctuation and HTML-encodes angle brackets so text stays text.</summary>
    public static string Escape(string text)
    {
        text = BidiControls.Close(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '{' or '}' or '!' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
