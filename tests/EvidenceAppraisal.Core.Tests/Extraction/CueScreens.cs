using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>What the tests of word screens share: samples as theory rows, and the check that a screen admits every text its pattern matches.</summary>
internal static class CueScreens
{
    public static TheoryData<string, string> Rows((string Cue, string[] Texts)[] samples)
    {
        var data = new TheoryData<string, string>();
        foreach (var (cue, texts) in samples)
        {
            foreach (var text in texts)
            {
                data.Add(cue, text);
            }
        }

        return data;
    }

    /// <summary>The sample must match <paramref name="cue"/>'s pattern, and the screen must admit it as written and in upper case.</summary>
    public static void ShouldAdmit(string name, Cue cue, string text)
    {
        cue.Pattern.IsMatch(text).ShouldBeTrue($"the sample must match {name}'s pattern to test its screen");
        cue.MayMatch(cue.Owner.Scan(text)).ShouldBeTrue($"{name}'s words miss \"{text}\"");
        var upper = text.ToUpperInvariant();
        if (cue.Pattern.IsMatch(upper))
        {
            cue.MayMatch(cue.Owner.Scan(upper)).ShouldBeTrue($"{name}'s words miss \"{upper}\"");
        }
    }
}
