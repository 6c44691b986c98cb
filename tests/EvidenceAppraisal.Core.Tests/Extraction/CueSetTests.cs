using System.Text.RegularExpressions;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Extraction;

public class CueSetTests
{
    private static readonly CueSet Set = new();
    private static readonly Cue Randomised = Set.Add(new Regex(@"\brandomi[sz]ed\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "randomi*");
    private static readonly Cue Percent = Set.Add(new Regex(@"\d\s?%", RegexOptions.None, TimeSpan.FromSeconds(1)), "%");
    private static readonly Cue Placebo = Set.Add(new Regex(@"\bplacebo\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "placebo");
    private static readonly Cue KWord = Set.AddWords("randokized");
    private static readonly Cue Always = Set.Add(new Regex(@"\d", RegexOptions.None, TimeSpan.FromSeconds(1)), "");

    [Fact]
    public void Words_prefixes_and_symbols_mark_the_cues_that_may_match()
    {
        var mask = Set.Scan("Patients were RANDOMISED; 12% left.");
        Randomised.MayMatch(mask).ShouldBeTrue();
        Percent.MayMatch(mask).ShouldBeTrue();
        Placebo.MayMatch(mask).ShouldBeFalse();
        Always.MayMatch(mask).ShouldBeTrue();
    }

    [Fact]
    public void A_word_inside_another_word_does_not_mark_its_cue()
    {
        Placebo.MayMatch(Set.Scan("The antiplacebo effect.")).ShouldBeFalse();
    }

    [Fact]
    public void A_Kelvin_sign_counts_as_the_k_a_case_insensitive_pattern_takes_it_for()
    {
        var text = "Patients were rando\u212Aized."; // not a real word: only the letter matters
        var kWord = new Regex(@"\brandokized\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        kWord.IsMatch(text).ShouldBeTrue();
        KWord.MayMatch(Set.Scan(text)).ShouldBeTrue();
        KWord.MayMatch(Set.Scan("Patients were randomized.")).ShouldBeFalse();
    }

    [Fact]
    public void A_marked_cue_still_has_to_match()
    {
        Randomised.IsMatch("Randomisation was by computer.").ShouldBeFalse(); // prefix marks it, the pattern decides
        Randomised.IsMatch("Adults were randomized.").ShouldBeTrue();
    }

    [Fact]
    public void A_mask_kept_before_a_set_filled_in_is_read_again_with_its_cues()
    {
        // Another thread may read a sentence while a family's class is still adding its cues: the kept mask must
        // not hide the cues added after it was read.
        var context = new ExtractionContext(PlainTextReader.Parse("test", "Heparin in sepsis\n\nPatients received heparin."));
        var filling = new CueSet();
        context.CueMask(filling, 0).ShouldBe(0UL);
        var heparin = filling.AddWords("heparin");
        heparin.MayMatch(context.CueMask(filling, 0)).ShouldBeTrue();
        heparin.MayMatch(context.CueMask(filling, -1)).ShouldBeTrue();
    }

    [Fact]
    public void A_set_filling_in_on_one_thread_never_breaks_a_scan_on_another()
    {
        // Batch workers start cold together: one worker's family can be adding its cues while another builds the
        // index to read a sentence. That once threw "Collection was modified" into the reading worker's extractor.
        var stop = false;
        Exception? failure = null;
        using var scanning = new ManualResetEventSlim();
        var scanner = new Thread(() =>
        {
            try
            {
                scanning.Set();
                while (!Volatile.Read(ref stop))
                {
                    CueIndex.Scan("randomised trial of heparin versus placebo in 40% of adults");
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        scanner.Start();
        scanning.Wait();
        // Cues of many words: adding one takes long enough for the other thread to be reading the set meanwhile.
        var set = new CueSet();
        for (var i = 0; i < 40 && failure is null; i++)
        {
            set.Add(null, string.Join('|', Enumerable.Range(0, 2_000).Select(w => $"fill{i}x{w}")));
        }

        Volatile.Write(ref stop, true);
        scanner.Join();
        failure.ShouldBeNull();
    }
}
