using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction;

/// <summary>
/// A family of cue patterns (up to 64) screened together. Each cue names the words any of its matches must
/// contain ("randomi*" for a prefix, "%" for a symbol); one pass over a sentence's words marks the cues that may
/// match, and only those patterns run. With dozens of patterns per sentence this keeps extraction fast; a cue's
/// words are a promise about its pattern and must cover every alternative.
/// </summary>
internal sealed class CueSet
{
    private readonly Dictionary<string, ulong> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string Prefix, ulong Bit)>> _prefixes = new(StringComparer.OrdinalIgnoreCase);
    private ulong _always;
    private int _count;

    /// <summary>Adds a cue: its pattern and its words separated by '|' (empty: the cue is always tried).</summary>
    public Cue Add(Regex pattern, string words)
    {
        if (_count == 64)
        {
            throw new InvalidOperationException("a cue set holds at most 64 cues");
        }

        var bit = 1UL << _count++;
        if (words.Length == 0)
        {
            _always |= bit;
        }

        foreach (var word in words.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && word.EndsWith('*'))
            {
                var prefix = word[..^1];
                var key = prefix[..2];
                if (!_prefixes.TryGetValue(key, out var list))
                {
                    _prefixes[key] = list = [];
                }

                list.Add((prefix, bit));
            }
            else
            {
                _words[word] = _words.GetValueOrDefault(word) | bit;
            }
        }

        return new Cue(this, pattern, bit);
    }

    /// <summary>The cues that may match <paramref name="text"/>, as a bit mask.</summary>
    public ulong Scan(ReadOnlySpan<char> text)
    {
        var mask = _always;
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++; // a symbol is a word of its own: "%", "±", "<", "?"
            }

            var word = text[start..i];
            if (words.TryGetValue(word, out var bits))
            {
                mask |= bits;
            }

            if (word.Length >= 2 && prefixes.TryGetValue(word[..2], out var candidates))
            {
                foreach (var (prefix, bit) in candidates)
                {
                    if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        mask |= bit;
                    }
                }
            }
        }

        return mask;
    }
}

/// <summary>One pattern of a <see cref="CueSet"/> and its bit in the set's masks.</summary>
internal sealed class Cue(CueSet owner, Regex pattern, ulong bit)
{
    public CueSet Owner { get; } = owner;

    public Regex Regex { get; } = pattern;

    public ulong Bit { get; } = bit;

    /// <summary>Whether the cue may match a text whose mask (from <see cref="CueSet.Scan"/>) is <paramref name="mask"/>.</summary>
    public bool MayMatch(ulong mask) => (mask & Bit) != 0;

    public bool IsMatch(string text, ulong mask) => MayMatch(mask) && Regex.IsMatch(text);

    /// <summary>Screens <paramref name="text"/> for this cue alone; use the set's mask when several cues try the same text.</summary>
    public bool IsMatch(string text) => MayMatch(Owner.Scan(text)) && Regex.IsMatch(text);

    /// <summary>The matches in <paramref name="text"/>; none when the screen rules them out.</summary>
    public IReadOnlyList<Match> Matches(string text, ulong mask) => MayMatch(mask) ? Regex.Matches(text) : [];

    public IReadOnlyList<Match> Matches(string text) => Matches(text, Owner.Scan(text));

    public Match Match(string text) => MayMatch(Owner.Scan(text)) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;
}
