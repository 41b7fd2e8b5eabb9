using Marsad.Entities;
using Marsad.Evaluation.Quotes;
using Marsad.Quotes;

namespace Marsad.Tests.Quotes;

/// <summary>The speaker ranker: its weights' file, its choice, how the extractor offers it options, and its training.</summary>
public sealed class SpeakerRankerTests
{
    private const string Text = "قالت وزارة الصحة إن الحالات تراجعت. وزار الوفد المستشفى برفقة محمد العتيبي. وأضاف أن اللقاحات متوفرة.";

    private static readonly ArticleEntity[] Entities =
    [
        Entity("وزارة الصحة", EntityType.Organization),
        Entity("محمد العتيبي", EntityType.Person),
    ];

    [Fact]
    public void Weights_written_read_back_the_same()
    {
        var ranker = new SpeakerRanker(new Dictionary<string, double> { ["rule"] = 1.5, ["kind:Person"] = -0.25, ["unused"] = 0 });
        var written = new StringWriter();
        ranker.Write(written);
        var read = SpeakerRanker.Read(new StringReader("# a comment line\n" + written));
        Assert.Equal(2, read.Weights.Count);
        Assert.Equal(1.5, read.Weights["rule"]);
        Assert.Equal(-0.25, read.Weights["kind:Person"]);
    }

    [Fact]
    public void A_ranker_read_from_its_file_scores_a_name_by_its_letters_whichever_instance_comes()
    {
        // The read ranker remembers weights by the name's instance; a name spelled the same in a new string is the same feature.
        var read = SpeakerRanker.Read(new StringReader("rule\t1.5\nkind:Person\t-0.25\n"));
        Assert.Equal(1.25, read.Score(["rule", "kind:Person"]));
        Assert.Equal(1.25, read.Score([new string("rule".AsSpan()), string.Concat("kind:", "Person"), "absent"]));
    }

    [Fact]
    public void A_ranker_over_weights_that_change_scores_them_as_they_are_now()
    {
        // Training scores with the weights it is updating: nothing may be remembered from one call to the next.
        var weights = new Dictionary<string, double> { ["rule"] = 1 };
        var ranker = new SpeakerRanker(weights);
        Assert.Equal(1, ranker.Score(["rule"]));
        weights["rule"] = 3;
        Assert.Equal(3, ranker.Score(["rule"]));
    }

    [Fact]
    public void Takes_the_best_scored_option_and_the_rules_on_a_tie()
    {
        var ranker = new SpeakerRanker(new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 });
        Assert.Equal(1, ranker.Choose([["a"], ["a", "b"], ["b"]]));
        Assert.Equal(0, ranker.Choose([["c"], ["d"]]));
    }

    [Fact]
    public void The_build_embeds_a_learned_ranker() =>
        Assert.True(SpeakerRanker.Default is { Weights.Count: > 100 });

    [Fact]
    public void The_embedded_ranker_is_what_training_makes_of_the_committed_gold()
    {
        // Fails when the rules, the gold's development part or the entity model changed and `marsad train
        // speakers` was not rerun.
        var gold = QuoteGoldReader.ReadBuiltIn();
        var articles = gold.Articles.Where(a => !QuoteGoldSet.IsHeldOut(a.Part)).ToList();
        var examples = new SpeakerRankerTrainer(EntityFinder.Default).Examples(articles, gold.Quotations.ToLookup(q => q.Article));

        var trained = SpeakerRankerTrainer.Train(examples).Weights.Where(w => w.Value != 0).ToDictionary();

        Assert.Equal(trained.OrderBy(w => w.Key, StringComparer.Ordinal), SpeakerRanker.Default!.Weights.OrderBy(w => w.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_continuation_goes_where_the_ranker_points_and_to_the_rules_choice_without_it()
    {
        var byRules = new QuotationExtractor(FamilyNameKeys.Default, null).Find(Text, Entities).Single(q => q.Text == "اللقاحات متوفرة");
        var preferTagged = new SpeakerRanker(new Dictionary<string, double> { ["tagged:person"] = 5 });
        var ranked = new QuotationExtractor(FamilyNameKeys.Default, preferTagged).Find(Text, Entities).Single(q => q.Text == "اللقاحات متوفرة");

        Assert.Equal("وزارة الصحة", byRules.Speaker);
        Assert.Equal("محمد العتيبي", ranked.Speaker);
        Assert.Equal(SpeakerCue.Continuation, ranked.SpeakerCue);
    }

    [Fact]
    public void A_subject_the_rules_read_is_weighed_against_the_others_too()
    {
        const string text = "قالت وزارة الصحة إن الحالات تراجعت. وزار الوفد المستشفى برفقة محمد العتيبي. وقال المتحدث إن اللقاحات متوفرة.";
        ArticleEntity[] entities = [Entity(text, "وزارة الصحة", EntityType.Organization), Entity(text, "محمد العتيبي", EntityType.Person)];
        var byRules = new QuotationExtractor(FamilyNameKeys.Default, null).Find(text, entities).Single(q => q.Text == "اللقاحات متوفرة");
        var preferTagged = new SpeakerRanker(new Dictionary<string, double> { ["tagged:person"] = 5 });
        var ranked = new QuotationExtractor(FamilyNameKeys.Default, preferTagged).Find(text, entities).Single(q => q.Text == "اللقاحات متوفرة");

        Assert.Equal("المتحدث", byRules.Speaker);
        Assert.Equal("محمد العتيبي", ranked.Speaker);
    }

    [Fact]
    public void Options_say_how_their_words_look_when_the_tagger_has_read_the_text()
    {
        var withEntities = new List<SpeakerChoice>();
        var withoutEntities = new List<SpeakerChoice>();
        new QuotationExtractor(FamilyNameKeys.Default, null).Find(Text, Entities, withEntities);
        new QuotationExtractor(FamilyNameKeys.Default, null).Find(Text, [], withoutEntities);

        var tagged = withEntities.SelectMany(c => c.Options).First(o => o.Speaker == "محمد العتيبي");
        Assert.Contains("looks-tagged:person|kind:Person", tagged.Features);
        Assert.Contains("looks-words:2|kind:Person", tagged.Features);
        Assert.DoesNotContain(withoutEntities.SelectMany(c => c.Options).SelectMany(o => o.Features), f => f.StartsWith("looks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_of_the_other_gender_is_never_offered()
    {
        const string text = "قال المتحدث باسم الشرطة إن الحادث وقع ليلا. وكانت وزارة الداخلية قد أعلنت الخطة. ودعا المواطنين إلى الحذر، مشيرا إلى أن الطرق مغلقة.";
        var choices = new List<SpeakerChoice>();
        new QuotationExtractor(FamilyNameKeys.Default, null).Find(text, [Entity(text, "وزارة الداخلية", EntityType.Organization)], choices);

        Assert.NotEmpty(choices);
        Assert.All(choices.Where(c => c.Options.Count > 1), c => Assert.DoesNotContain(c.Options.Skip(1), o => o.Speaker == "وزارة الداخلية"));
    }

    [Fact]
    public void Training_learns_which_options_the_gold_takes()
    {
        SpeakerOption Option(params string[] features) => new(null, SpeakerKind.Person, features);
        var examples = Enumerable.Range(0, 20).Select(i => new SpeakerRankerTrainer.Example($"a{i}",
            [Option("rule", "far"), Option("near")], [false, true])).ToList();

        var ranker = SpeakerRankerTrainer.Train(examples);

        Assert.Equal(1, ranker.Choose([["rule", "far"], ["near"]]));
        Assert.True(ranker.Weights["near"] > ranker.Weights.GetValueOrDefault("rule"));
    }

    private static ArticleEntity Entity(string name, EntityType type) => Entity(Text, name, type);

    private static ArticleEntity Entity(string text, string name, EntityType type)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new ArticleEntity(start, start + name.Length, name, type, name);
    }
}
