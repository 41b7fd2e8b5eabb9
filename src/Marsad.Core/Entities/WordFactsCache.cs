using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// The <see cref="WordFacts"/> of words already seen, by their raw characters: news repeats its words, and
/// folding, stemming and lexicon lookups cost more than one dictionary lookup. For one thread and one lexicon
/// (another lexicon empties it); bounded: when full it starts again empty, which costs only recomputation.
/// </summary>
internal sealed class WordFactsCache(int capacity = WordFactsCache.DefaultCapacity)
{
    /// <summary>About as many distinct words as a few thousand articles have; some 10 MB.</summary>
    public const int DefaultCapacity = 50_000;

    /// <summary>Each word's index in <see cref="facts"/>, in the memo's table (one cache miss per word where a
    /// dictionary's entry and key string were two).</summary>
    private WordMemo<int> indexOfWord = new(capacity);
    private readonly WordAnalyzer analyzer = new();
    private WordFacts[] facts = new WordFacts[1024];
    private NerLexicon? lexicon;

    public int Count { get; private set; }

    /// <summary>The facts of <paramref name="raw"/> under <paramref name="lexicon"/>; valid until the next call.</summary>
    public ref readonly WordFacts Get(ReadOnlySpan<char> raw, NerLexicon lexicon)
    {
        if (!ReferenceEquals(lexicon, this.lexicon) || Count >= capacity)
        {
            indexOfWord = new WordMemo<int>(capacity);
            Count = 0;
            this.lexicon = lexicon;
        }
        if (indexOfWord.TryGet(raw, out var index))
        {
            return ref facts[index];
        }
        index = Count;
        if (index == facts.Length)
        {
            Array.Resize(ref facts, facts.Length * 2);
        }
        analyzer.Analyze(raw, lexicon, ref facts[index]);
        indexOfWord.Remember(raw, index);
        Count++;
        return ref facts[index];
    }
}
