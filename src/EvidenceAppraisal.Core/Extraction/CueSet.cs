using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Extraction;

/// <summary>
/// A family of cue patterns (up to 64) screened together. Each cue names the words any of its matches must
/// contain ("randomi*" for a prefix, "%" for a symbol); one pass over a sentence's words marks the cues that may
/// match, and only those patterns run. With dozens of patterns per sentence this keeps extraction fast. A cue's
/// words are a promise about its pattern and must cover every alternative of it.
/// </summary>
/// <remarks>
/// Every set registers with <see cref="CueIndex"/>, so one pass over a sentence gives the masks of all families;
/// <see cref="ExtractionContext.CueMask"/> keeps them per sentence for the extractors that follow.
/// </remarks>
internal sealed class CueSet
{
    private readonly List<(string Word, ulong Bit)> _words = [];
    private readonly List<(string Prefix, ulong Bit)> _prefixes = [];
    private int _count;

    public CueSet()
    {
        Id = CueIndex.Register(this);
    }

    /// <summary>The set's place in <see cref="CueIndex"/>'s masks.</summary>
    public int Id { get; }

    /// <summary>Cues tried on every text (no words given).</summary>
    public ulong Always { get; private set; }

    public IReadOnlyList<(string Word, ulong Bit)> Words => _words;

    public IReadOnlyList<(string Prefix, ulong Bit)> Prefixes => _prefixes;

    /// <summary>Adds a cue: its pattern and its words separated by '|' (empty: the cue is always tried). A null pattern makes the words the whole cue.</summary>
    public Cue Add(Regex? pattern, string words)
    {
        var bit = 0UL;
        // Under the index's lock: another thread may be building the index from this set's lists meanwhile.
        CueIndex.Change(() =>
        {
            if (_count == 64)
            {
                throw new InvalidOperationException("a cue set holds at most 64 cues");
            }

            bit = 1UL << _count++;
            if (words.Length == 0)
            {
                Always |= bit;
            }

            foreach (var word in words.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 2 && word.EndsWith('*'))
                {
                    _prefixes.Add((word[..^1], bit));
                }
                else
                {
                    _words.Add((word, bit));
                }
            }
        });
        return new Cue(this, pattern, bit);
    }

    /// <summary>Adds a cue that is exactly "one of these words": the screen alone decides, no pattern runs.</summary>
    public Cue AddWords(string words) => Add(null, words);

    /// <summary>The cues of this set that may match <paramref name="text"/>, as a bit mask.</summary>
    public ulong Scan(ReadOnlySpan<char> text) => CueIndex.Scan(text)[Id];
}

/// <summary>One pattern of a <see cref="CueSet"/> and its bit in the set's masks.</summary>
internal sealed class Cue(CueSet owner, Regex? pattern, ulong bit)
{
    public CueSet Owner { get; } = owner;

    /// <summary>The pattern, or null for a cue of words alone (<see cref="CueSet.AddWords"/>).</summary>
    public Regex? Regex { get; } = pattern;

    public ulong Bit { get; } = bit;

    /// <summary>Whether the cue may match a text whose mask (from <see cref="CueSet.Scan"/>) is <paramref name="mask"/>.</summary>
    public bool MayMatch(ulong mask) => (mask & Bit) != 0;

    public bool IsMatch(string text, ulong mask) => MayMatch(mask) && (Regex?.IsMatch(text) ?? true);

    /// <summary>Screens <paramref name="text"/> for this cue alone; use a kept mask when several cues try the same text.</summary>
    public bool IsMatch(string text) => IsMatch(text, Owner.Scan(text));

    /// <summary>The matches in <paramref name="text"/>; none when the screen rules them out.</summary>
    public IReadOnlyList<Match> Matches(string text, ulong mask) => MayMatch(mask) ? Pattern.Matches(text) : [];

    public IReadOnlyList<Match> Matches(string text) => Matches(text, Owner.Scan(text));

    public Match Match(string text, ulong mask) => MayMatch(mask) ? Pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The pattern of a cue that has one.</summary>
    public Regex Pattern => Regex ?? throw new InvalidOperationException("a cue of words alone has no matches, only IsMatch");

    public Match Match(string text) => Match(text, Owner.Scan(text));
}

/// <summary>
/// The words of every <see cref="CueSet"/> in one table, so a sentence is read once for all families. Sets register
/// when their class is first used; the table is rebuilt (copy on write) when one does, and is read without locks.
/// </summary>
internal static class CueIndex
{
    private const char KelvinSign = '\u212A';
    private static readonly Lock Sync = new();
    private static readonly List<CueSet> Sets = [];
    private static Table? _table;
    private static int _version;

    public static int Register(CueSet set)
    {
        lock (Sync)
        {
            Sets.Add(set);
            Invalidate();
            return Sets.Count - 1;
        }
    }

    /// <summary>
    /// Applies a change to a set's cues under the lock the table is built under, then marks the table stale: a set
    /// fills in while its class initialises, and another thread's extractor may build the table meanwhile.
    /// </summary>
    public static void Change(Action change)
    {
        lock (Sync)
        {
            change();
            Invalidate();
        }
    }

    /// <summary>
    /// Changes whenever a set or a cue joins. A set fills in while its class initialises, and another thread may read
    /// a sentence meanwhile: masks read under an older version can lack a newcomer's bits, so they are read again.
    /// </summary>
    public static int Version => Volatile.Read(ref _version);

    // Under Sync. The table goes first: a reader that sees the new version then finds no table older than it.
    private static void Invalidate()
    {
        Volatile.Write(ref _table, null);
        Volatile.Write(ref _version, _version + 1);
    }

    /// <summary>Number of sets registered so far: masks shorter than this were read before a set joined.</summary>
    public static int Count => Current.Always.Length;

    /// <summary>The masks of every registered set for <paramref name="text"/>, indexed by <see cref="CueSet.Id"/>.</summary>
    public static ulong[] Scan(ReadOnlySpan<char> text)
    {
        // Case-insensitive patterns take the Kelvin sign for 'k' ("li\u212Aely" matches "likely"); ordinal
        // ignore-case does not, so fold it here or a screen would rule out a sentence its pattern matches.
        if (text.Contains(KelvinSign))
        {
            return Scan(text.ToString().Replace(KelvinSign, 'K'));
        }

        var table = Current;
        var masks = (ulong[])table.Always.Clone();
        var words = table.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = table.Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (words.TryGetValue(word, out var hits))
            {
                foreach (var (set, bits) in hits)
                {
                    masks[set] |= bits;
                }
            }

            if (word.Length >= 2 && prefixes.TryGetValue(word[..2], out var candidates))
            {
                foreach (var (prefix, set, bit) in candidates)
                {
                    if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        masks[set] |= bit;
                    }
                }
            }
        }

        return masks;
    }

    private static Table Current => Volatile.Read(ref _table) ?? Build();

    private static Table Build()
    {
        lock (Sync)
        {
            if (_table is { } built)
            {
                return built;
            }

            var words = new Dictionary<string, List<(int, ulong)>>(StringComparer.OrdinalIgnoreCase);
            var prefixes = new Dictionary<string, List<(string, int, ulong)>>(StringComparer.OrdinalIgnoreCase);
            var always = new ulong[Sets.Count];
            foreach (var set in Sets)
            {
                always[set.Id] = set.Always;
                foreach (var (word, bit) in set.Words)
                {
                    if (!words.TryGetValue(word, out var list))
                    {
                        words[word] = list = [];
                    }

                    list.Add((set.Id, bit));
                }

                foreach (var (prefix, bit) in set.Prefixes)
                {
                    if (!prefixes.TryGetValue(prefix[..2], out var list))
                    {
                        prefixes[prefix[..2]] = list = [];
                    }

                    list.Add((prefix, set.Id, bit));
                }
            }

            var table = new Table(
                words.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
                prefixes.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
                always);
            _table = table;
            return table;
        }
    }

    private sealed record Table(Dictionary<string, (int Set, ulong Bits)[]> Words, Dictionary<string, (string Prefix, int Set, ulong Bit)[]> Prefixes, ulong[] Always);
}
