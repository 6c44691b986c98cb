using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Hardening.Tests.Support;

namespace EvidenceAppraisal.Hardening.Tests.Regexes;

/// <summary>
/// Every regular expression in the product is linear (NonBacktracking) or bounded by a match timeout, and
/// none of them reaches its timeout on inputs built to make it backtrack.
/// </summary>
public class RegexSafetyTests
{
    public static TheoryData<string> Names => new(ProductRegexes.All.Select(r => r.Where));

    [Fact]
    public void Discovery_finds_every_generated_regex_in_the_product()
    {
        var generated = ProductAssemblies.All.SelectMany(ProductAssemblies.TypesOf)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}()")
            .ToList();
        generated.Count.ShouldBeGreaterThan(20, "the product's [GeneratedRegex] methods were not found: is the discovery looking in the right place?");
        var found = ProductRegexes.All.Select(r => r.Where).ToHashSet(StringComparer.Ordinal);
        generated.Where(g => !found.Contains(g)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Regex_is_linear_or_has_a_finite_timeout(string where)
    {
        var regex = ProductRegexes.All.Single(r => r.Where == where).Regex;
        var linear = regex.Options.HasFlag(RegexOptions.NonBacktracking);
        if (!linear)
        {
            regex.MatchTimeout.ShouldNotBe(Regex.InfiniteMatchTimeout, $"{where} can backtrack without bound: give it a match timeout or RegexOptions.NonBacktracking");
            regex.MatchTimeout.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(5), $"{where}: a timeout this long lets one sentence stall a batch");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Regex_finishes_its_worst_inputs_within_its_timeout(string where)
    {
        var regex = ProductRegexes.All.Single(r => r.Where == where).Regex;
        var slow = new List<string>();
        foreach (var (name, text) in AdversarialText.General.Concat(AdversarialText.For(regex)))
        {
            var clock = Stopwatch.StartNew();
            try
            {
                // Every match, as the product enumerates them: each match attempt has the whole timeout.
                var count = 0;
                for (var m = regex.Match(text); m.Success && count < 100_000; m = m.NextMatch())
                {
                    count++;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                slow.Add($"{name} ({text.Length:N0} chars): timed out after {clock.ElapsedMilliseconds:N0} ms");
            }
        }

        slow.ShouldBeEmpty($"{where} /{regex}/ backtracks on");
    }
}
