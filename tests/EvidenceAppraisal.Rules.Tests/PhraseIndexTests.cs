using System.Linq.Expressions;
using System.Text;
using EvidenceAppraisal.Rules.Compiling;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>The phrase index must answer every phrase test exactly as <c>ToLowerInvariant().Contains</c> does, in time linear in the text.</summary>
public class PhraseIndexTests
{
    private sealed class Holder(string? text, string? other = null)
    {
        public string? Text { get; } = text;
        public string? Other { get; } = other;
    }

    // Overlapping and nested phrases, case and Unicode traps: Kelvin sign, Turkish dotted and dotless i, sharp s, final sigma, a surrogate pair.
    private static readonly string[] Phrases =
    [
        "", "a", "aa", "aaa", "ab", "aba", "bab", "abab", "b", "ba", "ca", "k", "\u212A", "K", "i", "\u0131", "\u0130", "i\u0307",
        "ß", "ss", "σ", "ς", "Σ", "\uD83D\uDE00", "\uD83D", "\uDE00a", "to assess", "assess", "randomi", "random", "(n =", " n=", "e\u0301",
    ];

    private static List<string> Texts()
    {
        var random = new Random(20261207);
        var alphabet = "aAbBcCkK\u212Ai\u0130I\u0131ßΣσς \u0307\u0301e(n=".ToCharArray().Select(c => c.ToString()).Append("\uD83D\uDE00").Append("\uD83D").ToArray();
        var texts = new List<string>
        {
            "", "A", "AAAA", "ABABAB", "KELVIN \u212A", "İSTANBUL ıi", "STRASSE Straße", "ΣΑΣ", "Patients were randomised (N = 40); TO ASSESS",
            "\uD83D\uDE00A", new string('a', 5000) + "b", string.Concat(Enumerable.Repeat("ab", 3000)),
        };
        for (var i = 0; i < 400; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(0, 30); n > 0; n--)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            texts.Add(sb.ToString());
        }

        return texts;
    }

    [Fact]
    public void Each_phrase_is_found_exactly_where_ordinal_Contains_finds_it()
    {
        var index = new PhraseIndex();
        var queries = Phrases.Select(p => index.Query([p])).ToList();
        var texts = Texts();
        var hits = 0;
        for (var round = 0; round < 2; round++) // the second round answers from the memo
        {
            foreach (var text in texts)
            {
                var lowered = text.ToLowerInvariant();
                for (var i = 0; i < Phrases.Length; i++)
                {
                    var expected = lowered.Contains(Phrases[i]);
                    hits += expected ? 1 : 0;
                    PhraseIndex.Any(queries[i], text).ShouldBe(expected, $"'{Phrases[i]}' in '{text}'");
                }
            }
        }

        hits.ShouldBeGreaterThan(texts.Count * 3); // the empty phrase and more were found: not a comparison of misses only
        Should.Throw<NullReferenceException>(() => PhraseIndex.Any(queries[1], null!));
    }

    [Fact]
    public void Any_and_All_of_several_phrases_agree_with_the_plain_calls()
    {
        var index = new PhraseIndex();
        var random = new Random(7);
        var groups = Enumerable.Range(0, 60).Select(_ => Phrases.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToArray()).ToList();
        var queries = groups.Select(g => index.Query(g)).ToList();
        foreach (var text in Texts())
        {
            var lowered = text.ToLowerInvariant();
            for (var i = 0; i < groups.Count; i++)
            {
                PhraseIndex.Any(queries[i], text).ShouldBe(groups[i].Any(lowered.Contains));
                PhraseIndex.All(queries[i], text).ShouldBe(groups[i].All(lowered.Contains));
            }
        }
    }

    [Fact]
    public void A_phrase_registered_after_a_search_is_found_too()
    {
        var index = new PhraseIndex();
        var first = index.Query(["heparin"]);
        var text = "HEPARIN or PLACEBO";
        PhraseIndex.Any(first, text).ShouldBeTrue();
        var later = index.Query(["placebo", "aspirin"]);
        PhraseIndex.Any(later, text).ShouldBeTrue();
        PhraseIndex.All(later, text).ShouldBeFalse();
        PhraseIndex.Any(first, text).ShouldBeTrue();
    }

    [Fact]
    public void Many_strings_in_turn_are_each_answered_for_their_own_instance()
    {
        var index = new PhraseIndex();
        var query = index.Query(["odd"]);
        var texts = Enumerable.Range(0, 1000).Select(i => i % 2 == 1 ? $"Sentence {i} is ODD" : $"Sentence {i} is even").ToList();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                PhraseIndex.Any(query, texts[i]).ShouldBe(i % 2 == 1);
            }
        }
    }

    [Theory]
    [InlineData(1 << 22)] // with the full transition table
    [InlineData(0)]       // walking failure links, as for a rule set too large for the table
    public void A_search_takes_steps_linear_in_the_text_however_the_phrases_overlap(int maxTableCells)
    {
        // Every prefix of a long run of one letter, and near misses: a naive search, or one that reports every
        // occurrence, does work proportional to text length times phrase count here.
        var phrases = Enumerable.Range(1, 400).Select(n => new string('a', n)).Concat(Enumerable.Range(1, 400).Select(n => new string('a', n) + "b")).Concat(Phrases).Distinct().ToList();
        var matcher = new PhraseMatcher(phrases, maxTableCells);
        foreach (var text in Texts().Concat([new string('a', 200_000), string.Concat(Enumerable.Repeat("aaab", 50_000)), string.Concat(Enumerable.Repeat(new string('a', 399) + "c", 500))]))
        {
            var found = new ulong[matcher.Words];
            var steps = matcher.Search(text, found);
            steps.ShouldBeLessThanOrEqualTo(2L * text.Length + phrases.Count);
            for (var id = 0; id < phrases.Count; id++)
            {
                ((found[id >> 6] >> (id & 63)) & 1).ShouldBe(text.Contains(phrases[id], StringComparison.Ordinal) ? 1UL : 0UL, phrases[id]);
            }
        }
    }

    public static TheoryData<string> Conditions() =>
    [
        """h => h.Text.ToLowerInvariant().Contains("ab")""",
        """h => h.Text.ToLowerInvariant().Contains("ab") || h.Text.ToLowerInvariant().Contains("k") || h.Text.ToLowerInvariant().Contains("")""",
        """h => !h.Text.ToLowerInvariant().Contains("a") && !h.Text.ToLowerInvariant().Contains("\u212A") && h.Other.Length > 1""",
        """h => h.Text.ToLowerInvariant().Contains("a") && h.Text.ToLowerInvariant().Contains("b") && !h.Text.ToLowerInvariant().Contains("ca")""",
        """h => !h.Text.ToLowerInvariant().Contains("aa") || !h.Text.ToLowerInvariant().Contains("i") || h.Other.ToLowerInvariant().Contains("ss")""",
        """h => h.Other.Length > 3 || h.Text.ToLowerInvariant().Contains("ß") || h.Other.ToLowerInvariant().Contains("ß") || h.Text.ToLowerInvariant().Contains("σ")""",
        """h => (h.Text.ToLowerInvariant().Contains("ab") || h.Text.Length == 2) && (h.Text.ToLowerInvariant().Contains("b") || h.Other.ToLowerInvariant().Contains("b"))""",
    ];

    [Theory]
    [MemberData(nameof(Conditions))]
    public void A_rewritten_condition_gives_the_value_or_exception_of_the_original(string condition)
    {
        var original = Parse(condition);
        var rewritten = new PhraseIndex().Rewrite(original);
        new ContainsCounter().Count(rewritten).ShouldBe(0); // every phrase test goes through the index
        var plain = original.Compile();
        var fast = rewritten.Compile();
        var texts = Texts().Take(150).Append(null).ToList();
        var outcomes = new HashSet<string>();
        foreach (var text in texts)
        {
            foreach (var other in texts.Take(20))
            {
                var holder = new Holder(text, other);
                var expected = Outcome(() => plain(holder));
                outcomes.Add(expected);
                Outcome(() => fast(holder)).ShouldBe(expected, $"'{text}', '{other}'");
            }
        }

        outcomes.Count.ShouldBeGreaterThan(1); // the inputs tell true from false (or from a throw)
    }

    private static string Outcome(Func<bool> run)
    {
        try
        {
            return run().ToString();
        }
        catch (NullReferenceException)
        {
            return "null";
        }
    }

    private static Expression<Func<Holder, bool>> Parse(string condition)
    {
        // Built as the rules' parser builds it: left to right, with && and || as short-circuit operators.
        var parameter = Expression.Parameter(typeof(Holder), "h");
        var body = System.Linq.Dynamic.Core.DynamicExpressionParser.ParseLambda([parameter], typeof(bool), condition[5..]).Body;
        return Expression.Lambda<Func<Holder, bool>>(body, parameter);
    }

    private sealed class ContainsCounter : ExpressionVisitor
    {
        private int _count;

        public int Count(Expression expression)
        {
            Visit(expression);
            return _count;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _count += node.Method.Name == nameof(string.Contains) && node.Method.DeclaringType == typeof(string) ? 1 : 0;
            return base.VisitMethodCall(node);
        }
    }
}
