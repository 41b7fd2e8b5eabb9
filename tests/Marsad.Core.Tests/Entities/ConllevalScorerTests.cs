using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class ConllevalScorerTests
{
    private static ConllevalScorer Score(params (string Gold, string Predicted)[] sentences)
    {
        var scorer = new ConllevalScorer();
        foreach (var (gold, predicted) in sentences)
        {
            scorer.Add(BioChunkerTests.Parse(gold), BioChunkerTests.Parse(predicted));
        }
        return scorer;
    }

    [Fact]
    public void A_perfect_tagging_scores_one()
    {
        var scores = Score(("B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-LOC"));
        Assert.Equal(new EntityCounts(2, 2, 2), scores.Overall);
        Assert.Equal(1.0, scores.Overall.F1);
    }

    [Fact]
    public void Boundaries_must_match_exactly()
    {
        // Gold PER spans two tokens; the prediction covers only the first: one wrong, one missed.
        var scores = Score(("B-PERS I-PERS O", "B-PERS O O"));
        Assert.Equal(new EntityCounts(1, 1, 0), scores.For(EntityType.Person));
    }

    [Fact]
    public void Types_must_match()
    {
        var scores = Score(("B-ORG I-ORG", "B-LOC I-LOC"));
        Assert.Equal(new EntityCounts(0, 1, 0), scores.For(EntityType.Organization));
        Assert.Equal(new EntityCounts(1, 0, 0), scores.For(EntityType.Location));
        Assert.Equal(0.0, scores.Overall.F1);
    }

    [Fact]
    public void An_I_without_B_counts_as_the_start_of_an_entity()
    {
        // conlleval reads "I-PERS I-PERS" as one person: the same as "B-PERS I-PERS".
        var scores = Score(("B-PERS I-PERS O", "I-PERS I-PERS O"));
        Assert.Equal(new EntityCounts(1, 1, 1), scores.Overall);
    }

    [Fact]
    public void A_B_inside_an_entity_splits_it()
    {
        var scores = Score(("B-ORG I-ORG I-ORG", "B-ORG B-ORG I-ORG"));
        Assert.Equal(new EntityCounts(2, 1, 0), scores.Overall);
    }

    [Fact]
    public void Precision_recall_and_F1_are_micro_averaged_over_sentences()
    {
        var scores = Score(
            ("B-PERS O B-LOC", "B-PERS O O"),      // 1 found, 2 gold, 1 correct
            ("B-ORG I-ORG O", "B-ORG I-ORG B-LOC")); // 2 found, 1 gold, 1 correct
        Assert.Equal(new EntityCounts(3, 3, 2), scores.Overall);
        Assert.Equal(2.0 / 3, scores.Overall.Precision, 10);
        Assert.Equal(2.0 / 3, scores.Overall.Recall, 10);
        Assert.Equal(2, scores.Sentences);
        Assert.Equal(6, scores.Tokens);
    }

    [Fact]
    public void No_entities_anywhere_gives_zero_not_a_division_error()
    {
        var scores = Score(("O O", "O O"));
        Assert.Equal(0.0, scores.Overall.F1);
    }

    [Fact]
    public void Sequences_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => Score(("O O", "O")));
}
