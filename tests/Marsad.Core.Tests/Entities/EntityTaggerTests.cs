using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>The embedded model, end to end: display text in, entities with offsets out.</summary>
public sealed class EntityTaggerTests
{
    private static readonly EntityTagger Tagger = EntityTagger.Default;

    public static TheoryData<string, string> Sentences => ExamplePairs.Pairs("Examples/entities/sentences.md");

    public static TheoryData<string, string> Seeds => ExamplePairs.Pairs("Examples/entities/seeds.md");

    [Fact]
    public void The_default_model_is_embedded_and_says_how_it_was_trained()
    {
        Assert.True(Tagger.Model.Weights.FeatureCount > 1000);
        Assert.Contains("features v", Tagger.Model.Description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Finds_exactly_the_entities_of_a_sentence(string sentence, string expected) =>
        Assert.Equal(Parse(expected), Describe(Tagger.Find(sentence)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_the_seed_articles_entities(string fixture, string expected)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "entities", fixture));
        var found = Describe(Tagger.Find(text));
        Assert.All(Parse(expected), entity => Assert.Contains(entity, found));
    }

    [Fact]
    public void Offsets_point_at_the_entity_in_the_display_text()
    {
        const string text = "وقال رئيس الوزراء العراقي مصطفى الكاظمي في بغداد";
        foreach (var mention in Tagger.Find(text))
        {
            Assert.Equal(mention.Text, text[mention.Start..mention.End]);
        }
        var person = Assert.Single(Tagger.Find(text), m => m.Type == EntityType.Person);
        Assert.Equal(text.IndexOf("مصطفى", StringComparison.Ordinal), person.Start);
        Assert.Equal(text.Length - " في بغداد".Length, person.End);
    }

    [Fact]
    public void Tag_gives_one_tag_per_token()
    {
        string[] tokens = ["قال", "مصطفى", "الكاظمي", "في", "بغداد", "."];
        var tags = Tagger.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        Assert.Equal(BioTag.BeginPerson, tags[1]);
        Assert.Equal(BioTag.InsidePerson, tags[2]);
        Assert.Equal(BioTag.BeginLocation, tags[4]);
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_entities()
    {
        Assert.Empty(Tagger.Find(""));
        Assert.Empty(Tagger.Find(" \n\t "));
        Assert.Empty(Tagger.Tag([]));
    }

    [Fact]
    public void Random_input_never_throws_and_always_points_into_the_text()
    {
        // Arabic letters and marks, Latin, digits, punctuation, quotes, bidi marks, lone and paired surrogates.
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ abcXYZ0123456789٠١٢٣ .,،؛:!?؟«»\"'()[]-–/%\n\r\t\u200F\u200E\u200C\uFEFF\uD83D\uDE00\uD800";
        var random = new Random(1234);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var mentions = Tagger.Find(text);
            var end = 0;
            foreach (var mention in mentions)
            {
                Assert.InRange(mention.Start, end, text.Length);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
                end = mention.End;
            }
        }
    }

    [Fact]
    public void Concurrent_calls_give_the_same_results_as_one_at_a_time()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "entities"), "*.txt")
            .Select(File.ReadAllText).ToArray();
        var expected = texts.Select(t => Describe(Tagger.Find(t))).ToArray();
        var results = new List<string>[texts.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = Describe(Tagger.Find(texts[i % texts.Length])));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    /// <summary>"PER مصطفى الكاظمي; LOC بغداد" → entries; "—" is no entities.</summary>
    private static List<string> Parse(string cell) =>
        cell is "—" or "" ? [] : [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static List<string> Describe(IEnumerable<EntityMention> mentions) =>
        [.. mentions.Select(m => $"{EntityTypeCodes.ToCode(m.Type)} {m.Text}")];
}
