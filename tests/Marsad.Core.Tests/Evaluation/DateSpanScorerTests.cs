using Marsad.Evaluation.Dates;

namespace Marsad.Tests.Evaluation;

public sealed class DateSpanScorerTests
{
    //                     0         1         2         3
    //                     0123456789012345678901234567890123
    private const string Text = "قال أمس الجمعة إنه سيعود بعد يومين الساعة العاشرة";

    private static readonly TimexAnnotation[] Gold =
    [
        new(4, 14, "أمس الجمعة", "DATE", "2015-12-23"),
        new(29, 34, "يومين", "DURATION", "P2D"),
        new(35, 49, "الساعة العاشرة", "TIME", null),
    ];

    private static DateScores Score(params ScoredSpan[] system) => DateSpanScorer.Score([(Gold, system)]);

    [Fact]
    public void Exact_spans_count_for_strict_and_relaxed()
    {
        var scores = Score(new ScoredSpan(4, 14, "DATE"), new ScoredSpan(35, 49, "TIME"));
        Assert.Equal((2, 2, 2), (scores.Strict.Matched, scores.Strict.SystemCount, scores.Strict.GoldCount));
        Assert.Equal(1.0, scores.Strict.F1);
        Assert.Equal(1.0, scores.TypeAccuracy);
    }

    [Fact]
    public void Overlapping_spans_count_for_relaxed_only_and_types_are_compared()
    {
        var scores = Score(new ScoredSpan(8, 14, "DATE"), new ScoredSpan(35, 41, "DATE"));
        Assert.Equal(0, scores.Strict.Matched);
        Assert.Equal(2, scores.Relaxed.Matched);
        Assert.Equal(0.5, scores.TypeAccuracy);
    }

    [Fact]
    public void A_span_over_an_unscored_duration_is_set_aside_and_a_stray_one_is_wrong()
    {
        var scores = Score(new ScoredSpan(29, 34, "DATE"), new ScoredSpan(0, 3, "DATE"));
        Assert.Equal(1, scores.SetAside);
        Assert.Equal(1, scores.Relaxed.SystemCount);
        Assert.Equal(0, scores.Relaxed.Matched);
        Assert.Equal(0, scores.Relaxed.Precision);
    }

    [Fact]
    public void One_system_span_matches_one_annotation_only()
    {
        var scores = Score(new ScoredSpan(0, 49, "DATE"));
        Assert.Equal(1, scores.Relaxed.Matched);
        Assert.Equal(0.5, scores.Relaxed.Recall);
    }

    [Fact]
    public void Peer_substrings_are_found_again_searching_forward()
    {
        var unmapped = 0;
        var spans = DateparserPeer.MapToOffsets("اليوم وغدا ثم اليوم", ["اليوم", "اليوم", "أمس"], ref unmapped);
        Assert.Equal([0, 14], spans.Select(s => s.Start));
        Assert.Equal(1, unmapped);
    }
}
