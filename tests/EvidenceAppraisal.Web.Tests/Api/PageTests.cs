using System.Net;
using EvidenceAppraisal.Web.Tests.Support;

namespace EvidenceAppraisal.Web.Tests.Api;

public sealed class PageTests(TestServer server) : IClassFixture<TestServer>
{
    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_only_its_own_script()
    {
        using var response = await server.Client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<textarea id=\"abstract\"");
        html.ShouldContain("<script src=\"/assets/app.js\"");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Theory]
    [InlineData("/assets/app.js", "text/javascript", "textContent")]
    [InlineData("/assets/app.css", "text/css", "--accent")]
    public async Task Assets_are_served_from_the_assembly(string path, string mediaType, string expected)
    {
        using var response = await server.Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain(expected);
        text.ShouldNotContain("//cdn", Case.Insensitive);
    }

    [Fact]
    public async Task The_script_never_writes_html_from_data()
    {
        var script = await server.Client.GetStringAsync("/assets/app.js");
        script.ShouldNotContain("innerHTML");
        script.ShouldNotContain("outerHTML");
        script.ShouldNotContain("insertAdjacentHTML");
        script.ShouldNotContain("document.write");
    }
}
