using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>The per-thread cache of word facts must never change what the tagger finds.</summary>
public sealed class WordFactsCacheTests
{
    private static readonly NerLexicon Lexicon = EntityTagger.Default.Model.Lexicon;

    private static readonly string[] Words =
        ["وواشنطن", "واشنطن", "الرياض", "بالسعودية", "محمد", "Obama", "2015", "،", "للأمم", "المتحدة", "وواشنطن"];

    [Fact]
    public void Gives_the_analyzer_s_facts_cold_warm_and_after_it_fills_up()
    {
        var cache = new WordFactsCache(capacity: 3);
        var generations = new HashSet<int>();
        foreach (var round in Enumerable.Range(0, 3))
        {
            foreach (var word in Words)
            {
                cache.StartSentence(Lexicon, 1);
                Assert.Equal(Fresh(word, Lexicon), Describe(cache[cache.IndexOf(word)]));
                Assert.True(cache.Count <= 3, $"round {round}");
                generations.Add(cache.Generation);
            }
        }
        Assert.True(generations.Count > 1, "A full cache starts again under a new generation.");
    }

    [Fact]
    public void Keeps_a_sentence_s_indices_valid_until_the_next_sentence_even_past_its_bound()
    {
        var cache = new WordFactsCache(capacity: 3);
        cache.StartSentence(Lexicon, Words.Length);
        var indices = Words.Select(word => cache.IndexOf(word)).ToArray();
        Assert.Equal(Words.Select(word => Fresh(word, Lexicon)), indices.Select(index => Describe(cache[index])));
    }

    [Fact]
    public void Forgets_words_analyzed_under_another_lexicon()
    {
        var cache = new WordFactsCache();
        cache.StartSentence(Lexicon, 1);
        Assert.Equal(Fresh("الرياض", Lexicon), Describe(cache[cache.IndexOf("الرياض")]));
        cache.StartSentence(NerLexicon.Empty, 1);
        Assert.Equal(Fresh("الرياض", NerLexicon.Empty), Describe(cache[cache.IndexOf("الرياض")]));
        Assert.NotEqual(Fresh("الرياض", Lexicon), Fresh("الرياض", NerLexicon.Empty));
    }

    [Fact]
    public void The_tagger_finds_the_same_with_its_cache_cold_and_warm()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "entities"), "*.txt")
            .Select(File.ReadAllText).ToArray();
        foreach (var text in texts)
        {
            // A new thread starts with an empty cache; this one has seen the text already the second time.
            List<EntityMention>? cold = null;
            var thread = new Thread(() => cold = EntityTagger.Default.Find(text));
            thread.Start();
            thread.Join();
            var warm = EntityTagger.Default.Find(text);
            var warmer = EntityTagger.Default.Find(text);
            Assert.Equal(cold, warm);
            Assert.Equal(warm, warmer);
        }
    }

    private static string Fresh(string word, NerLexicon lexicon)
    {
        var facts = default(WordFacts);
        new WordAnalyzer().Analyze(word, lexicon, ref facts);
        return Describe(facts);
    }

    private static string Describe(in WordFacts f) =>
        string.Join(' ', f.Raw, f.Word, f.Stripped, f.Bare, f.Stem, f.Clitics, f.Shape,
            f.Prefixes[0], f.Prefixes[1], f.Prefixes[2], f.Suffixes[0], f.Suffixes[1], f.Suffixes[2], f.Suffixes[3],
            f.Cluster, f.StrippedCluster, f.Embedding, f.NameWordTypes, f.NewsWordRoles);
}
