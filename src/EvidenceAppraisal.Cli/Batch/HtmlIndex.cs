using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>
/// <c>index.html</c>: one self-contained page (inline CSS and script, no external resource) listing every
/// appraised record with a link to its report; columns sort on click, a box filters by text and a list by
/// design. Every value is HTML-escaped and the script reads the table, so no record text is ever code.
/// Streamed from <c>appraisals.jsonl</c>, so it covers earlier runs of a resumed folder too.
/// </summary>
internal static class HtmlIndex
{
    public static int Write(BatchPaths paths)
    {
        var temp = paths.Index + ".tmp";
        var rows = 0;
        var designs = new SortedSet<string>(StringComparer.Ordinal);
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
        {
            writer.Write(Head);
            if (File.Exists(paths.Appraisals))
            {
                using var stream = new FileStream(paths.Appraisals, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
                using var lines = new Utf8LineReader(stream, int.MaxValue / 2);
                while (lines.TryReadLine(out var line, out _))
                {
                    if (line.IsEmpty)
                    {
                        continue;
                    }

                    using var json = JsonDocument.Parse(line.ToArray());
                    var row = SummaryRow.FromJson(json.RootElement);
                    designs.Add(row.Design);
                    WriteRow(writer, row, File.Exists(Path.Combine(paths.HtmlFolder, HtmlPages.FileName(row.Id))));
                    rows++;
                }
            }

            writer.Write("</tbody></table>\n<template id=\"designs\">");
            foreach (var design in designs)
            {
                writer.Write($"<option>{E(design)}</option>");
            }

            writer.Write($"</template>\n<p class=\"note\">{rows.ToString("N0", CultureInfo.InvariantCulture)} records.</p>\n");
            writer.Write(Script);
            writer.Write("</body>\n</html>\n");
        }

        File.Move(temp, paths.Index, overwrite: true);
        return rows;
    }

    private static void WriteRow(TextWriter writer, SummaryRow row, bool hasPage)
    {
        var title = hasPage ? $"<a href=\"html/{E(HtmlPages.FileName(row.Id))}\">{E(row.Title)}</a>" : E(row.Title);
        writer.Write(
            $"<tr data-design=\"{E(row.Design)}\"><td>{E(row.Id)}</td><td>{title}</td><td>{E(row.Design)}</td><td>{E(row.Level ?? "")}</td>" +
            $"<td class=\"n\">{row.Counts.Critical}</td><td class=\"n\">{row.Counts.Major}</td><td class=\"n\">{row.Counts.Minor}</td><td class=\"n\">{row.Counts.Info}</td>" +
            $"<td>{string.Join(' ', row.TopFlagIds.Select(id => $"<span class=\"flag\">{E(id)}</span>"))}</td></tr>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Batch appraisals</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1d2430; }
        h1 { font-size: 1.3rem; }
        .controls { display: flex; gap: .75rem; margin: .75rem 0; }
        input, select { font: inherit; padding: .25rem .4rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #dde2ea; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f5f9; cursor: pointer; user-select: none; position: sticky; top: 0; }
        th[aria-sort="ascending"]::after { content: " \25B2"; }
        th[aria-sort="descending"]::after { content: " \25BC"; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .flag { white-space: nowrap; }
        tr.hidden { display: none; }
        .note { color: #5b6575; }
        </style>
        </head>
        <body>
        <h1>Batch appraisals</h1>
        <div class="controls">
        <input id="filter" type="search" placeholder="Filter by id, title or flag" aria-label="Filter">
        <select id="design" aria-label="Design"><option value="">all designs</option></select>
        </div>
        <table id="records">
        <thead><tr><th>id</th><th>title</th><th>design</th><th>level</th><th>critical</th><th>major</th><th>minor</th><th>info</th><th>top flags</th></tr></thead>
        <tbody>

        """;

    private const string Script = """
        <script>
        (function () {
          var table = document.getElementById('records');
          var body = table.tBodies[0];
          var filter = document.getElementById('filter');
          var design = document.getElementById('design');
          design.insertAdjacentHTML('beforeend', document.getElementById('designs').innerHTML);
          function apply() {
            var text = filter.value.toLowerCase();
            var kind = design.value;
            for (var i = 0; i < body.rows.length; i++) {
              var row = body.rows[i];
              var show = (!kind || row.getAttribute('data-design') === kind) && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
              row.classList.toggle('hidden', !show);
            }
          }
          filter.addEventListener('input', apply);
          design.addEventListener('change', apply);
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
            th.addEventListener('click', function () {
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = column >= 4 && column <= 7;
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].textContent, y = b.cells[column].textContent;
                var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        })();
        </script>

        """;
}
