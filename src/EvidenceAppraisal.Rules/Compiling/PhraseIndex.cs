using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Rules test a sentence for hundreds of phrases, each as <c>Quote.ToLowerInvariant().Contains("...")</c>, most in
/// long <c>||</c> chains. This rewrites every such test with a constant phrase into a lookup: the phrases of the whole
/// rule set are registered while its conditions compile, and the first time a thread asks about a string instance
/// it is lowered once and searched for all phrases in one pass (<see cref="PhraseMatcher"/>); the set of phrases
/// found is remembered for that instance, and each test becomes a bit test. Adjacent tests of one receiver in an
/// <c>||</c> or <c>&amp;&amp;</c> chain become one test of several bits. Answers are exactly those of ordinal
/// <c>Contains</c> on <c>ToLowerInvariant()</c>: the empty phrase is in every text, a null receiver throws.
/// One index per compiled rule set; thread-safe.
/// </summary>
internal sealed class PhraseIndex
{
    private static readonly MethodInfo ToLowerInvariant = typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo AnyMethod = typeof(PhraseIndex).GetMethod(nameof(Any), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AllMethod = typeof(PhraseIndex).GetMethod(nameof(All), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _phrases = [];
    private volatile PhraseMatcher? _matcher;

    [ThreadStatic]
    private static PhraseMemo? _memo;

    /// <summary>The condition with each <c>s.ToLowerInvariant().Contains("constant")</c> answered by this index.</summary>
    public Expression<TDelegate> Rewrite<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        (Expression<TDelegate>)new Rewriter(this).Visit(expression);

    /// <summary>A query for the given phrases; registers those not seen before.</summary>
    public PhraseQuery Query(IEnumerable<string> phrases)
    {
        var ids = new List<int>();
        lock (_gate)
        {
            foreach (var phrase in phrases)
            {
                if (!_ids.TryGetValue(phrase, out var id))
                {
                    id = _phrases.Count;
                    _ids[phrase] = id;
                    _phrases.Add(phrase);
                    _matcher = null; // a phrase registered after a search: the next search builds a matcher that knows it
                }

                ids.Add(id);
            }
        }

        return new PhraseQuery(this, ids);
    }

    /// <summary>Which registered phrases <c>text.ToLowerInvariant()</c> contains, as bits by phrase id; remembered per thread and string instance.</summary>
    internal ulong[] Found(string text)
    {
        if (text is null)
        {
            throw new NullReferenceException("ToLowerInvariant() on null"); // what the call it replaces throws
        }

        var matcher = _matcher ?? Build();
        return (_memo ??= new PhraseMemo()).Found(matcher, text);
    }

    private PhraseMatcher Build()
    {
        lock (_gate)
        {
            return _matcher ??= new PhraseMatcher(_phrases);
        }
    }

    /// <summary><c>text.ToLowerInvariant()</c> contains at least one of the query's phrases.</summary>
    internal static bool Any(PhraseQuery query, string text)
    {
        var found = query.Index.Found(text);
        var words = query.Words;
        var masks = query.Masks;
        for (var i = 0; i < words.Length; i++)
        {
            if ((found[words[i]] & masks[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>text.ToLowerInvariant()</c> contains every one of the query's phrases.</summary>
    internal static bool All(PhraseQuery query, string text)
    {
        var found = query.Index.Found(text);
        var words = query.Words;
        var masks = query.Masks;
        for (var i = 0; i < words.Length; i++)
        {
            if ((found[words[i]] & masks[i]) != masks[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Replaces phrase tests by <see cref="Any"/> / <see cref="All"/> calls. In a chain of <c>||</c> (or <c>&amp;&amp;</c>),
    /// a run of adjacent tests of the same plain receiver (a fact member) with the same sign becomes one call: the
    /// receiver has the same value in each, so the run's value and whether it throws are those of its first test
    /// combined with the rest, and the operands around it are evaluated as before.
    /// </summary>
    private sealed class Rewriter(PhraseIndex index) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            Term(node) is { } term ? Call(AnyMethod, term.Receiver, [term.Phrase]) : base.VisitMethodCall(node);

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is not (ExpressionType.OrElse or ExpressionType.AndAlso) || node.Method is not null || node.Type != typeof(bool))
            {
                return base.VisitBinary(node);
            }

            var operands = new List<Expression>();
            Flatten(node, node.NodeType, operands);
            var or = node.NodeType == ExpressionType.OrElse;
            var rebuilt = new List<Expression>();
            for (var i = 0; i < operands.Count;)
            {
                if (SignedTerm(operands[i]) is not (var first, var negated))
                {
                    rebuilt.Add(Visit(operands[i]));
                    i++;
                    continue;
                }

                var phrases = new List<string> { first.Phrase };
                var next = i + 1;
                while (next < operands.Count && SignedTerm(operands[next]) is (var term, var sign) && sign == negated && SameValue(term.Receiver, first.Receiver))
                {
                    phrases.Add(term.Phrase);
                    next++;
                }

                // a || b is Any; a && b is All; !a || !b is !All; !a && !b is !Any.
                var call = Call(or != negated ? AnyMethod : AllMethod, first.Receiver, phrases);
                rebuilt.Add(negated ? Expression.Not(call) : call);
                i = next;
            }

            return rebuilt.Aggregate((left, right) => or ? Expression.OrElse(left, right) : Expression.AndAlso(left, right));
        }

        private MethodCallExpression Call(MethodInfo method, Expression receiver, List<string> phrases) =>
            Expression.Call(method, Expression.Constant(index.Query(phrases)), Visit(receiver));

        private static void Flatten(Expression node, ExpressionType type, List<Expression> operands)
        {
            if (node is BinaryExpression binary && binary.NodeType == type && binary.Method is null)
            {
                Flatten(binary.Left, type, operands);
                Flatten(binary.Right, type, operands);
            }
            else
            {
                operands.Add(node);
            }
        }

        private static ((Expression Receiver, string Phrase) Term, bool Negated)? SignedTerm(Expression node) =>
            node is UnaryExpression { NodeType: ExpressionType.Not, Method: null } not
                ? Term(not.Operand) is { } negated ? (negated, true) : null
                : Term(node) is { } term ? (term, false) : null;

        /// <summary><c>receiver.ToLowerInvariant().Contains("phrase")</c>, with a constant, non-null phrase.</summary>
        private static (Expression Receiver, string Phrase)? Term(Expression node) =>
            node is MethodCallExpression { Object: MethodCallExpression { Object: { } receiver } lower } contains
            && contains.Method == StringContains && lower.Method == ToLowerInvariant
            && contains.Arguments[0] is ConstantExpression { Value: string phrase }
                ? (receiver, phrase)
                : null;

        /// <summary>Both read the same value: the same parameter, or the same members of it (fact members are plain values).</summary>
        private static bool SameValue(Expression a, Expression b) => (a, b) switch
        {
            (ParameterExpression x, ParameterExpression y) => x == y,
            (MemberExpression x, MemberExpression y) => x.Member == y.Member && (x.Expression, y.Expression) switch
            {
                (null, null) => true,
                ({ } xe, { } ye) => SameValue(xe, ye),
                _ => false,
            },
            _ => false,
        };
    }
}

/// <summary>Some registered phrases of one index, as bit masks over the words of its found-bits.</summary>
internal sealed class PhraseQuery
{
    public PhraseQuery(PhraseIndex index, IEnumerable<int> ids)
    {
        Index = index;
        var masks = new SortedDictionary<int, ulong>();
        foreach (var id in ids)
        {
            masks[id >> 6] = masks.GetValueOrDefault(id >> 6) | (1UL << (id & 63));
        }

        Words = [.. masks.Keys];
        Masks = [.. masks.Values];
    }

    public PhraseIndex Index { get; }

    public int[] Words { get; }

    public ulong[] Masks { get; }
}

/// <summary>
/// One thread's found-bits of the strings it searched lately, keyed by string instance (strings are immutable, so an
/// entry is never stale) and matcher. Two-way set-associative, so that the dozen sentences of one document that the
/// network visits in turn do not evict one another; its size is bounded whatever the number of phrases.
/// </summary>
internal sealed class PhraseMemo
{
    private const int MaxBytes = 1 << 20;
    private const int MaxSets = 64;

    private PhraseMatcher? _matcher;
    private string?[] _keys = [];
    private ulong[][] _bits = [];
    private byte[] _recent = [];
    private int _mask;
    private int _last = -1;

    public ulong[] Found(PhraseMatcher matcher, string text)
    {
        if (!ReferenceEquals(matcher, _matcher))
        {
            Reset(matcher); // another rule set, or new phrases: nothing remembered holds for it
        }

        if (_last >= 0 && ReferenceEquals(_keys[_last], text))
        {
            return _bits[_last];
        }

        var set = RuntimeHelpers.GetHashCode(text) & _mask;
        var way0 = set * 2;
        var slot = ReferenceEquals(_keys[way0], text) ? way0 : ReferenceEquals(_keys[way0 + 1], text) ? way0 + 1 : -1;
        if (slot < 0)
        {
            slot = way0 + (_recent[set] ^ 1); // the way not used last
            _keys[slot] = text;
            matcher.Search(text.ToLowerInvariant(), _bits[slot]);
        }

        _recent[set] = (byte)(slot - way0);
        _last = slot;
        return _bits[slot];
    }

    private void Reset(PhraseMatcher matcher)
    {
        var sets = MaxSets;
        while (sets > 1 && sets * 2L * matcher.Words * sizeof(ulong) > MaxBytes)
        {
            sets /= 2;
        }

        _matcher = matcher;
        _keys = new string?[sets * 2];
        _bits = Enumerable.Range(0, sets * 2).Select(_ => new ulong[matcher.Words]).ToArray();
        _recent = new byte[sets];
        _mask = sets - 1;
        _last = -1;
    }
}

/// <summary>
/// Finds which of a fixed list of phrases occur in a text (ordinal, UTF-16 code units), in one pass: an Aho–Corasick
/// automaton. Time is linear in the text plus the number of phrases, however the phrases overlap or repeat (an
/// output chain is followed only until a phrase already found); memory is linear in the phrases' total length, plus
/// a full transition table (one lookup per char) when states times distinct chars stay under a bound.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<char, int> _classes = []; // chars of some phrase → 1.., other chars 0
    private readonly int[] _asciiClass = new int[128];
    private readonly int _classCount;
    private readonly int[] _rootNext;                   // root's transitions by class (0: stay at root)
    private readonly int[] _firstEdge;                  // other states' transitions: edges _firstEdge[s] .. _firstEdge[s + 1] - 1,
    private readonly int[] _edgeClass;                  // sorted by class (most states have one or two)
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _report;                     // nearest state in the failure chain (itself included) that ends a phrase, or -1
    private readonly int[] _phraseOf;                   // phrase id ending at a state, or -1
    private readonly ulong[] _always;                   // empty phrases: in every text
    private readonly int[]? _table;                     // every state's next state by class, failures included; null when too large

    /// <param name="maxTableCells">Largest full transition table (states × classes) to build; above it, transitions walk failure links.</param>
    public PhraseMatcher(IReadOnlyList<string> phrases, int maxTableCells = 1 << 22)
    {
        Words = Math.Max(1, (phrases.Count + 63) / 64);
        _always = new ulong[Words];
        foreach (var c in phrases.SelectMany(p => p).Distinct())
        {
            _classes[c] = _classes.Count + 1;
        }

        _classCount = _classes.Count + 1;
        foreach (var (c, cls) in _classes.Where(kv => kv.Key < 128))
        {
            _asciiClass[c] = cls;
        }

        // The trie: state 0 is the root.
        var phraseOf = new List<int> { -1 };
        var children = new List<List<(int Class, int State)>> { new() };
        var trie = new Dictionary<long, int>(); // while building: state * classes + class → state
        for (var id = 0; id < phrases.Count; id++)
        {
            if (phrases[id].Length == 0)
            {
                _always[id >> 6] |= 1UL << (id & 63);
                continue;
            }

            var state = 0;
            foreach (var c in phrases[id])
            {
                var cls = _classes[c];
                var key = (long)state * _classCount + cls;
                if (!trie.TryGetValue(key, out var next))
                {
                    next = phraseOf.Count;
                    phraseOf.Add(-1);
                    children.Add([]);
                    children[state].Add((cls, next));
                    trie[key] = next;
                }

                state = next;
            }

            phraseOf[state] = id; // phrases are distinct: one id per state
        }

        _rootNext = new int[_classCount];
        foreach (var (cls, child) in children[0])
        {
            _rootNext[cls] = child;
        }

        _firstEdge = new int[children.Count + 1];
        _edgeClass = new int[phraseOf.Count - 1];
        _edgeTarget = new int[phraseOf.Count - 1];
        var edge = 0;
        for (var state = 0; state < children.Count; state++)
        {
            _firstEdge[state] = edge;
            foreach (var (cls, child) in children[state].OrderBy(c => c.Class))
            {
                _edgeClass[edge] = cls;
                _edgeTarget[edge++] = child;
            }
        }

        _firstEdge[children.Count] = edge;

        // Failure links breadth first: a state's longest proper suffix that is also a trie path.
        _phraseOf = [.. phraseOf];
        _fail = new int[_phraseOf.Length];
        _report = new int[_phraseOf.Length];
        _report[0] = -1;
        var order = new List<int> { 0 };
        for (var i = 0; i < order.Count; i++)
        {
            var state = order[i];
            foreach (var (cls, child) in children[state])
            {
                _fail[child] = state == 0 ? 0 : Step(_fail[state], cls);
                _report[child] = _phraseOf[child] >= 0 ? child : _report[_fail[child]];
                order.Add(child);
            }
        }

        if ((long)order.Count * _classCount <= maxTableCells)
        {
            // Breadth first, so a state's failure row is filled before its own: its row is that one, overridden by its edges.
            var table = new int[order.Count * _classCount];
            _rootNext.CopyTo(table, 0);
            foreach (var state in order.Skip(1))
            {
                Array.Copy(table, _fail[state] * _classCount, table, state * _classCount, _classCount);
                foreach (var (cls, child) in children[state])
                {
                    table[state * _classCount + cls] = child;
                }
            }

            _table = table;
        }
    }

    /// <summary>How many <c>ulong</c> words the found-bits of this matcher's phrases take.</summary>
    public int Words { get; }

    /// <summary>Sets in <paramref name="found"/> (cleared first) the bit of every phrase that occurs in <paramref name="text"/>; returns the steps taken.</summary>
    public long Search(string text, ulong[] found)
    {
        _always.CopyTo(found, 0);
        long steps = 0;
        var state = 0;
        foreach (var c in text)
        {
            var cls = c < 128 ? _asciiClass[c] : _classes.GetValueOrDefault(c);
            if (cls == 0)
            {
                state = 0; // a char in no phrase: no match spans it
                steps++;
                continue;
            }

            state = Step(state, cls, ref steps);
            for (var at = _report[state]; at >= 0; at = _report[_fail[at]])
            {
                var id = _phraseOf[at];
                ref var word = ref found[id >> 6];
                var bit = 1UL << (id & 63);
                if ((word & bit) != 0)
                {
                    break; // found before, and with it every phrase further down this chain
                }

                word |= bit;
                steps++;
            }
        }

        return steps;
    }

    private int Step(int state, int cls)
    {
        long steps = 0;
        return Step(state, cls, ref steps);
    }

    private int Step(int state, int cls, ref long steps)
    {
        if (_table is { } table)
        {
            steps++;
            return table[state * _classCount + cls];
        }

        while (true)
        {
            steps++;
            if (state == 0)
            {
                return _rootNext[cls];
            }

            if (TryNext(state, cls, out var next))
            {
                return next;
            }

            state = _fail[state];
        }
    }

    private bool TryNext(int state, int cls, out int next)
    {
        // Binary search by hand: most states have one or two edges, and a library call costs more than the search.
        var low = _firstEdge[state];
        var high = _firstEdge[state + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = _edgeClass[middle];
            if (found == cls)
            {
                next = _edgeTarget[middle];
                return true;
            }

            if (found < cls)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        next = 0;
        return false;
    }
}
