using AngleSharp.Html.Parser;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Html;
using EvidenceAppraisal.Reporting.Pdf;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Compiling;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>A profile's title and logo brand every format; the logo travels inside the report as a data URI.</summary>
public class BrandingTests
{
    // A 1x1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static string Profile(string logoFile, byte[] logo)
    {
        var folder = Repo.TempFolder();
        File.WriteAllBytes(Path.Combine(folder, logoFile), logo);
        var profile = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(profile, $"profile: Branded\nreport: {{ title: \"St Example Journal Club\", logo: {logoFile} }}\n");
        return profile;
    }

    [Fact]
    public void Logo_and_title_appear_in_html_and_pdf()
    {
        var appraiser = new Appraiser(RuleSetCompiler.Load(SeedReport.Rules, Profile("logo.png", Png)));
        var report = appraiser.Appraise(Reading.PlainTextReader.Parse("seed.txt", File.ReadAllText(Repo.Seed)));
        report.Branding!.Logo.ShouldBe("data:image/png;base64," + Convert.ToBase64String(Png));

        var html = new HtmlParser().ParseDocument(new HtmlReportRenderer(SeedReport.Templates).Render(report));
        html.QuerySelector(".brand img")!.GetAttribute("src").ShouldBe(report.Branding.Logo);
        html.QuerySelector(".brand img")!.GetAttribute("alt").ShouldBe("St Example Journal Club");
        html.QuerySelector(".brand-title")!.TextContent.ShouldBe("St Example Journal Club");
        html.QuerySelector(".kicker")!.TextContent.ShouldBe("Critical appraisal of the abstract · Branded");

        using var pdf = PdfDocument.Open(new PdfReportRenderer().Render(report));
        pdf.GetPage(1).GetImages().Count().ShouldBe(1);
        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldStartWith("St Example Journal Club");
        string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text)).ShouldContain("St Example Journal Club ·");
    }

    [Fact]
    public void A_profile_without_branding_is_named_in_the_kicker_of_every_format()
    {
        var folder = Repo.TempFolder();
        File.WriteAllText(Path.Combine(folder, "profile.yaml"), "profile: Plain club\n");
        var report = new Appraiser(RuleSetCompiler.Load(SeedReport.Rules, Path.Combine(folder, "profile.yaml")))
            .Appraise(Reading.PlainTextReader.Parse("seed.txt", File.ReadAllText(Repo.Seed)));
        report.Branding.ShouldBeNull();
        var html = new HtmlParser().ParseDocument(new HtmlReportRenderer(SeedReport.Templates).Render(report));
        html.QuerySelector(".kicker")!.TextContent.ShouldBe("Critical appraisal of the abstract · Plain club");
        html.QuerySelector(".brand").ShouldBeNull();
        new Markdown.MarkdownReportRenderer(SeedReport.Templates).Render(report).ShouldStartWith("_Critical appraisal of the abstract · Plain club_");
        using var pdf = PdfDocument.Open(new PdfReportRenderer().Render(report));
        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldStartWith("CRITICAL APPRAISAL OF THE ABSTRACT · Plain club");
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_a_clear_error_naming_the_file()
    {
        var profile = Profile("logo.png", "not an image"u8.ToArray());
        var error = Should.Throw<TemplateException>(() => new Appraiser(RuleSetCompiler.Load(SeedReport.Rules, profile)));
        error.Message.ShouldBe($"{Path.Combine(Path.GetDirectoryName(profile)!, "logo.png")}: logo is not a PNG, JPEG or SVG image");
    }
}
