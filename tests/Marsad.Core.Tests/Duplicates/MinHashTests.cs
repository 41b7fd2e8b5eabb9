using Marsad.Duplicates;
using Marsad.Stories;
using Marsad.Tests.Support;

namespace Marsad.Tests.Duplicates;

public sealed class MinHashTests
{
    private static readonly string Wire = Seeds.Text("002");

    [Fact]
    public void Identical_texts_have_identical_signatures() =>
        Assert.Equal(1.0, MinHasher.Default.Compute(Wire).EstimateJaccard(MinHasher.Default.Compute(Wire)));

    [Fact]
    public void A_wire_republished_with_small_edits_stays_close()
    {
        var edited = "نقلا عن وكالات\n" + Wire.Replace("بغداد - ", "", StringComparison.Ordinal)
            .Replace("وشدد الكاظمي", "وأكد الكاظمي", StringComparison.Ordinal);
        var jaccard = MinHasher.Default.Compute(Wire).EstimateJaccard(MinHasher.Default.Compute(edited));
        Assert.InRange(jaccard, 0.85, 1.0);
    }

    [Fact]
    public void A_reprint_cut_short_is_contained_in_the_original()
    {
        var half = Wire[..(Wire.Length / 2)];
        var original = MinHasher.Default.Compute(Wire);
        var cut = MinHasher.Default.Compute(half);
        Assert.InRange(cut.EstimateContainment(original), 0.8, 1.0);
    }

    [Fact]
    public void Different_articles_on_one_topic_are_far_apart() =>
        Assert.InRange(MinHasher.Default.Compute(Wire).EstimateJaccard(MinHasher.Default.Compute(Seeds.Text("003"))), 0, 0.15);

    [Fact]
    public void Folding_makes_spelling_variants_of_one_text_equal() =>
        Assert.Equal(1.0, MinHasher.Default.Compute("أعلنت الحكومة العراقية").EstimateJaccard(MinHasher.Default.Compute("اعلنت الحكومه العراقيه")));

    [Fact]
    public void The_finder_points_copies_of_copies_at_the_first_article()
    {
        var finder = new DuplicateFinder(StoryOptions.Default);
        var signature = MinHasher.Default.Compute(Wire);
        finder.Add(new ArticleFingerprint("first", "first", "e1", signature, 1, 100));
        finder.Add(new ArticleFingerprint("second", "first", "e1", signature, 1, 100));
        Assert.Equal("first", finder.Find("third", signature, 2, 101)!.CanonicalId);
    }

    [Fact]
    public void The_finder_looks_only_within_the_window_of_days()
    {
        var finder = new DuplicateFinder(StoryOptions.Default);
        var signature = MinHasher.Default.Compute(Wire);
        finder.Add(new ArticleFingerprint("old", "old", "e1", signature, 7, 100));
        Assert.Null(finder.Find("new", signature, 7, 100 + StoryOptions.Default.DuplicateWindowDays + 1));
    }

    [Fact]
    public void Short_texts_are_folded_only_when_exact()
    {
        var finder = new DuplicateFinder(StoryOptions.Default);
        var shortText = MinHasher.Default.Compute("عاجل: زلزال");
        finder.Add(new ArticleFingerprint("a", "a", "e1", shortText, 11, 100));
        Assert.Null(finder.Find("b", shortText, 12, 100));
        Assert.NotNull(finder.Find("c", shortText, 11, 100));
    }
}
