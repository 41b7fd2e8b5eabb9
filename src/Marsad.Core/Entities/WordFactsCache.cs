using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// The <see cref="WordFacts"/> of words already seen, by their raw characters: news repeats its words, and
/// folding, stemming and lexicon lookups cost more than one dictionary lookup. Each word has an index, which
/// <see cref="WordScores"/> shares. For one thread and one lexicon (another lexicon empties it); bounded: when a
/// sentence would overfill it, it starts again empty (a new <see cref="Generation"/>), which costs only recomputation.
/// </summary>
internal sealed class WordFactsCache(int capacity = WordFactsCache.DefaultCapacity)
{
    /// <summary>About as many distinct words as a few thousand articles have; some 10 MB.</summary>
    public const int DefaultCapacity = 50_000;

    /// <summary>Each word's index in <see cref="facts"/>, in the memo's table (one cache miss per word where a
    /// dictionary's entry and key string were two).</summary>
    private readonly WordMemo<int> indexOfWord = new(capacity);
    private readonly WordAnalyzer analyzer = new();
    /// <summary>Room for as many words as the bound, at once (one large allocation, not a doubling series).</summary>
    private WordFacts[] facts = new WordFacts[capacity];
    private NerLexicon lexicon = NerLexicon.Empty;

    public int Count { get; private set; }

    /// <summary>Changes whenever the cache starts again: indices given before then mean nothing after.</summary>
    public int Generation { get; private set; }

    /// <summary>
    /// Makes room for a sentence of <paramref name="tokens"/> words under <paramref name="lexicon"/>: the indices
    /// given for its words stay valid until the next call (a sentence longer than the bound is still served whole).
    /// </summary>
    public void StartSentence(NerLexicon lexicon, int tokens)
    {
        if (!ReferenceEquals(lexicon, this.lexicon) || Count + tokens > capacity)
        {
            // Cleared, not made anew: a new table grown again to this size is some 5 MB of large objects a time.
            indexOfWord.Clear();
            Count = 0;
            Generation++;
            this.lexicon = lexicon;
        }
    }

    /// <summary>The index of <paramref name="raw"/>'s facts, worked out now if it has none yet.</summary>
    public int IndexOf(ReadOnlySpan<char> raw)
    {
        if (indexOfWord.TryGet(raw, out var index))
        {
            return index;
        }
        index = Count;
        if (index == facts.Length)
        {
            Array.Resize(ref facts, facts.Length * 2);
        }
        analyzer.Analyze(raw, lexicon, ref facts[index]);
        indexOfWord.Remember(raw, index);
        Count++;
        return index;
    }

    public ref readonly WordFacts this[int index] => ref facts[index];
}
