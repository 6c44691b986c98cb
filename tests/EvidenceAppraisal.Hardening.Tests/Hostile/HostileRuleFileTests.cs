using EvidenceAppraisal.Hardening.Tests.Support;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Hardening.Tests.Hostile;

/// <summary>
/// What the rule language's own safety tests (tests/EvidenceAppraisal.Rules.Tests/SafetyTests.cs) leave out: a rule file
/// too large to read, a profile that extends one outside its folder through a symlink, and a recursive include that
/// meets a symlink loop. Each ends in a diagnostic, and none hangs.
/// </summary>
public class HostileRuleFileTests
{
    [Fact]
    public void A_rule_file_over_two_megabytes_is_refused_without_parsing_it()
    {
        using var folder = new TempFolder();
        var padding = "# " + new string('x', 1_000) + "\n";
        folder.Write("local/big.yaml", "pack: local\nversion: 1.0.0\nrules: []\n" + string.Concat(Enumerable.Repeat(padding, 2_200)));

        var diagnostic = RuleSetLoader.LoadPaths([folder.File("local")]).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Code.ShouldBe(DiagnosticCodes.FileTooLarge);
        diagnostic.IsError.ShouldBeTrue();
    }

    [Fact]
    public void A_profile_cannot_extend_one_outside_its_folder_through_a_symlink()
    {
        using var folder = new TempFolder();
        folder.Write("outside/base.yaml", "profile: outside\ndisable: [EA-DESIGN-001]\n");
        Directory.CreateDirectory(folder.File("p"));
        File.CreateSymbolicLink(folder.File("p/base.yaml"), folder.File("outside/base.yaml"));
        var profile = folder.Write("p/profile.yaml", "profile: test\nextends: base.yaml\n");

        var loaded = RuleSetLoader.Load(Pipeline.RulesFolder, profile);

        loaded.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.PathOutsideFolder);
        loaded.Profile.Disabled.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_recursive_include_through_a_symlink_loop_finishes_and_reads_each_file_once()
    {
        using var folder = new TempFolder();
        folder.Write("p/local/rules.yaml", "pack: local\nversion: 1.0.0\nrules: []\n");
        Directory.CreateSymbolicLink(folder.File("p/local/loop"), folder.File("p"));
        var profile = folder.Write("p/profile.yaml", "profile: test\ninclude: [\"local/**/*.yaml\"]\n");

        var loaded = await Task.Run(() => RuleSetLoader.Load(Pipeline.RulesFolder, profile)).WaitAsync(TimeSpan.FromMinutes(1));

        // Each real file once (the walk reaches the profile's own folder through the link, and no further).
        loaded.Profile.IncludedFiles.Count(f => f.EndsWith("rules.yaml", StringComparison.Ordinal)).ShouldBe(1);
        loaded.Profile.IncludedFiles.Select(f => SafePaths.Real(f)).ShouldBeUnique();
    }

    [Fact]
    public async Task A_rules_folder_with_two_symlink_loops_is_read_once_per_file()
    {
        using var folder = new TempFolder();
        RulePacks.Write(folder, 2);
        Directory.CreateSymbolicLink(folder.File("local/up"), folder.File("local"));
        Directory.CreateSymbolicLink(folder.File("local/again"), folder.File("local"));

        // Followed naively, two loops give 2^40 paths to the same file.
        var loaded = await Task.Run(() => RuleSetLoader.LoadPaths([folder.File("local")])).WaitAsync(TimeSpan.FromMinutes(1));

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Rules.Count.ShouldBe(2);
    }
}
