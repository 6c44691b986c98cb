using System.Globalization;
using EvidenceAppraisal.Reporting.Model;
using PdfSharp.Pdf;

namespace EvidenceAppraisal.Reporting.Pdf;

internal sealed record PdfSectionContext(PdfDocument Document, PdfCanvas Canvas, AppraisalReport Report, string? BrandTitle)
{
    /// <summary>Starts a section: a heading and a bookmark to it.</summary>
    public void Heading(string title)
    {
        Canvas.KeepTogether(60);
        Canvas.Space(6);
        Document.Outlines.Add(title, Canvas.Page, true);
        Canvas.Text(title, Typography.Heading, Typography.Ink, after: 4);
    }
}

/// <summary>The PDF's sections in report order, each a small component.</summary>
internal static class PdfSections
{
    public static readonly Action<PdfSectionContext>[] All = [Header, AtAGlance, Flags, Claims, Numbers, Abstract, Questions, Provenance];

    private static void Header(PdfSectionContext c)
    {
        var r = c.Report;
        if (c.BrandTitle is { Length: > 0 } brand)
        {
            c.Canvas.Text(brand, Typography.Small, Typography.Muted);
        }

        c.Canvas.Text("Critical appraisal of the abstract", Typography.Small, Typography.Muted);
        c.Canvas.Text(r.Document.Title, Typography.Title, Typography.Ink, after: 4);
        if (r.Document.TranslatedTitle)
        {
            c.Canvas.Text($"Translated title; original in {r.Document.Language ?? "another language"}.", Typography.Quote, Typography.Muted);
        }

        var meta = new[] { r.Document.Journal, r.Document.Year?.ToString(CultureInfo.InvariantCulture), r.Document.Pmid is null ? null : "PMID " + r.Document.Pmid, r.Document.Doi is null ? null : "doi:" + r.Document.Doi }
            .Where(s => !string.IsNullOrEmpty(s));
        var line = string.Join(" · ", meta);
        if (line.Length > 0)
        {
            c.Canvas.Text(line, Typography.Small, Typography.Muted);
        }

        c.Canvas.Rule(Typography.Muted);
    }

    private static void AtAGlance(PdfSectionContext c)
    {
        var r = c.Report;
        c.Heading("At a glance");
        c.Canvas.Text($"Design: {r.Design.Name} (confidence {r.Design.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})", Typography.Body, Typography.Ink);
        if (r.Level is not null)
        {
            c.Canvas.Text($"Evidence level: {r.Level.Level} ({r.Level.Scale})", Typography.Subheading, Typography.Ink);
        }

        c.Canvas.Text($"Flags: {r.Counts.Critical} critical, {r.Counts.Major} major, {r.Counts.Minor} minor, {r.Counts.Info} info", Typography.Body, Typography.Ink);
    }

    private static void Flags(PdfSectionContext c)
    {
        c.Heading("Flags");
        if (c.Report.Flags.Count == 0)
        {
            c.Canvas.Text("No rule raised a flag.", Typography.Body, Typography.Muted);
        }

        foreach (var group in c.Report.Flags.GroupBy(f => f.Category))
        {
            c.Canvas.KeepTogether(50);
            c.Canvas.Text(Capitalise(group.Key), Typography.Subheading, Typography.Muted, after: 2);
            foreach (var flag in group)
            {
                c.Canvas.KeepTogether(60);
                c.Canvas.Text($"{flag.Number}. [{flag.Severity.ToUpperInvariant()}] {flag.Title}", Typography.Subheading, Typography.ForSeverity(flag.Severity), after: 1);
                c.Canvas.Text(flag.Message, Typography.Body, Typography.Ink, indent: 10);
                foreach (var quote in flag.Evidence)
                {
                    c.Canvas.Text($"“{quote}”", Typography.Quote, Typography.Muted, indent: 18);
                }

                if (flag.Why is not null)
                {
                    c.Canvas.Text("Why it matters: " + flag.Why, Typography.Body, Typography.Ink, indent: 10);
                }

                if (flag.Question is not null)
                {
                    c.Canvas.Text("Ask: " + flag.Question, Typography.Body, Typography.Ink, indent: 10);
                }

                c.Canvas.Text($"Rule {flag.Id} ({flag.Pack})", Typography.Small, Typography.Muted, indent: 10, after: 6);
            }
        }
    }

    private static void Claims(PdfSectionContext c)
    {
        c.Heading("Claims");
        if (c.Report.Facts.Claims.Count == 0)
        {
            c.Canvas.Text("No outcome claims were found.", Typography.Body, Typography.Muted);
        }

        foreach (var claim in c.Report.Facts.Claims)
        {
            c.Canvas.Text($"{claim.Outcome}: {claim.Direction}; {(claim.Reported ? "reported from other work" : "the study's own")}; numbers: {(claim.Quantified ? "stated" : "none stated")}",
                Typography.Body, Typography.Ink, after: 1);
            c.Canvas.Text($"“{claim.Text}”", Typography.Quote, Typography.Muted, indent: 10);
        }
    }

    private static void Numbers(PdfSectionContext c)
    {
        var n = c.Report.Facts.Numbers;
        c.Heading("Key numbers");
        c.Canvas.Text($"Sample size: {(n.SampleSize is { } size ? $"{size} {n.SampleSizeUnit}" : "not stated")}", Typography.Body, Typography.Ink);
        c.Canvas.Text($"Effect estimates: {(n.EffectEstimates.Count == 0 ? "none stated" : string.Join("; ", n.EffectEstimates.Select(e => e.Text)))}", Typography.Body, Typography.Ink);
        c.Canvas.Text($"Confidence intervals: {(n.ConfidenceIntervals.Count == 0 ? "none stated" : string.Join("; ", n.ConfidenceIntervals.Select(e => e.Text)))}", Typography.Body, Typography.Ink);
        c.Canvas.Text($"P-values: {(n.PValues.Count == 0 ? "none stated" : string.Join("; ", n.PValues.Select(e => e.Text)))}", Typography.Body, Typography.Ink);
    }

    private static void Abstract(PdfSectionContext c)
    {
        c.Heading("The abstract");
        foreach (var section in c.Report.Document.Sections)
        {
            if (section.Label is not null)
            {
                c.Canvas.Text(section.Label, Typography.Subheading, Typography.Muted, after: 1);
            }

            var sentences = c.Report.Document.Sentences.Where(s => section.Text.Contains(s.Text, StringComparison.Ordinal));
            foreach (var sentence in sentences)
            {
                var markers = sentence.Flags.Count == 0 ? "" : " [" + string.Join(",", sentence.Flags) + "]";
                c.Canvas.Text(sentence.Text + markers, Typography.Body, Typography.Ink, after: 1);
            }

            c.Canvas.Space(4);
        }

        if (c.Report.Flags.Count > 0)
        {
            c.Canvas.Text("Markers: " + string.Join("; ", c.Report.Flags.Select(f => $"[{f.Number}] {f.Id}")), Typography.Small, Typography.Muted);
        }
    }

    private static void Questions(PdfSectionContext c)
    {
        c.Heading("Questions for the journal club");
        var i = 1;
        foreach (var question in c.Report.Questions)
        {
            c.Canvas.Text($"{i++}. {question}", Typography.Body, Typography.Ink);
        }
    }

    private static void Provenance(PdfSectionContext c)
    {
        var p = c.Report.Provenance;
        c.Heading("Provenance");
        c.Canvas.Text($"EvidenceAppraisal {p.ToolVersion}; profile {p.Profile}; packs {string.Join(", ", p.Packs.Select(x => $"{x.Name} {x.Version}"))}", Typography.Small, Typography.Muted);
        c.Canvas.Text($"Input {p.InputHash}; generated {p.GeneratedAt}", Typography.Small, Typography.Muted);
        c.Canvas.Text(p.Note, Typography.Small, Typography.Muted);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
