using System.Net;
using System.Text.Json;
using EvidenceAppraisal.Web.Tests.Support;

namespace EvidenceAppraisal.Web.Tests.Api;

public sealed class RulesApiTests(TestServer server) : IClassFixture<TestServer>
{
    private HttpClient Client => server.Client;

    /// <summary>Rule ids as written in the shipped YAML: the list the API must show for the default profile.</summary>
    private static IReadOnlyList<string> ShippedRuleIds() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}profiles{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- id: ", StringComparison.Ordinal))
            .Select(l => l["- id: ".Length..].Trim())
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task<JsonElement> Rules(string query)
    {
        using var response = await Client.GetAsync("/api/rules" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Http.JsonOf(response);
    }

    private static List<string> Ids(JsonElement list) => list.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Default_profile_lists_every_shipped_rule_with_its_explanation()
    {
        var list = await Rules("");

        list.GetProperty("profile").GetString().ShouldBe("default");
        Ids(list).Order(StringComparer.Ordinal).ShouldBe(ShippedRuleIds());
        list.GetProperty("total").GetInt32().ShouldBe(ShippedRuleIds().Count);
        var design = list.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EA-DESIGN-001");
        design.GetProperty("severity").GetString().ShouldBe("major");
        design.GetProperty("why").GetString()!.ShouldContain("chooses its sources");
        design.GetProperty("question").GetString()!.ShouldContain("primary studies");
        design.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldContain("ocebm");
        design.GetProperty("references")[0].GetString()!.ShouldContain("OCEBM");
    }

    [Fact]
    public async Task Search_keeps_only_rules_containing_every_word()
    {
        var narrative = await Rules("?q=narrative%20review");
        Ids(narrative).ShouldContain("EA-DESIGN-001");
        foreach (var rule in narrative.GetProperty("rules").EnumerateArray())
        {
            rule.GetRawText().ShouldContain("narrative", Case.Insensitive);
        }

        var none = await Rules("?q=zzzz-no-rule-says-this");
        none.GetProperty("count").GetInt32().ShouldBe(0);
        none.GetProperty("total").GetInt32().ShouldBe(ShippedRuleIds().Count);
    }

    [Fact]
    public async Task A_profile_lists_its_own_rules_with_its_severities()
    {
        var strict = await Rules($"?profile={TestServer.StrictProfile}");

        strict.GetProperty("profileName").GetString().ShouldBe("Strict test club");
        Ids(strict).ShouldNotContain("EA-DESIGN-001");
        Ids(strict).Count.ShouldBe(ShippedRuleIds().Count - 1);
        strict.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EA-LANG-001")
            .GetProperty("severity").GetString().ShouldBe("critical");
    }

    [Fact]
    public async Task Profiles_lists_the_default_and_the_shipped_profiles()
    {
        using var response = await Client.GetAsync("/api/profiles");
        var json = await Http.JsonOf(response);
        json.GetProperty("default").GetString().ShouldBe("default");
        var ids = json.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        ids.ShouldBe(server.ProfileIds);
        ids.ShouldContain(TestServer.StrictProfile);
    }

    [Fact]
    public async Task Unknown_profiles_and_runaway_searches_are_refused_with_400()
    {
        using var unknown = await Client.GetAsync("/api/rules?profile=nope");
        (await Http.ProblemOf(unknown, 400)).Detail.ShouldContain("unknown profile 'nope'");

        using var twice = await Client.GetAsync("/api/rules?profile=default&profile=strict");
        (await Http.ProblemOf(twice, 400)).Detail.ShouldContain("more than once");

        using var longSearch = await Client.GetAsync("/api/rules?q=" + new string('x', 201));
        (await Http.ProblemOf(longSearch, 400)).Detail.ShouldContain("200 characters");
    }
}
