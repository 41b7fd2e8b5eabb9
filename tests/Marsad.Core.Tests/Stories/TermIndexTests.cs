using Marsad.Stories;

namespace Marsad.Tests.Stories;

public sealed class TermIndexTests
{
    private sealed record Cluster(string Name);

    private static readonly string[] Baghdad = ["بغداد", "كاظم", "انسحاب", "قوات"];

    [Fact]
    public void An_item_is_found_by_enough_shared_terms_only()
    {
        var index = new TermIndex<Cluster>();
        var iraq = new Cluster("iraq");
        index.Index(iraq, Baghdad);

        Assert.Equal([iraq], index.Candidates(["كاظم", "قوات", "بغداد"], maxPostings: 10, minShared: 3));
        Assert.Empty(index.Candidates(["كاظم", "قوات", "رياض"], maxPostings: 10, minShared: 3));
    }

    [Fact]
    public void Reindexed_an_item_is_found_by_its_new_terms_and_no_longer_by_those_it_dropped()
    {
        var index = new TermIndex<Cluster>();
        var iraq = new Cluster("iraq");
        index.Index(iraq, Baghdad);

        index.Index(iraq, ["بغداد", "كاظم", "واشنطن", "حوار"]);

        Assert.Equal([iraq], index.Candidates(["واشنطن", "حوار", "كاظم"], maxPostings: 10, minShared: 3));
        Assert.Empty(index.Candidates(["انسحاب", "قوات", "كاظم"], maxPostings: 10, minShared: 3));
        Assert.Equal([iraq], index.Candidates(["بغداد", "كاظم", "حوار"], maxPostings: 10, minShared: 3));
    }

    [Fact]
    public void A_removed_item_is_found_no_more_and_others_stay()
    {
        var index = new TermIndex<Cluster>();
        var (iraq, talks) = (new Cluster("iraq"), new Cluster("talks"));
        index.Index(iraq, Baghdad);
        index.Index(talks, ["بغداد", "كاظم", "واشنطن", "حوار"]);

        index.Remove(iraq);

        Assert.Equal([talks], index.Candidates(["بغداد", "كاظم", "واشنطن", "انسحاب"], maxPostings: 10, minShared: 2));
        Assert.Empty(index.Candidates(["انسحاب", "قوات"], maxPostings: 10, minShared: 1));
    }

    [Fact]
    public void A_term_held_by_more_items_than_allowed_is_passed_over()
    {
        var index = new TermIndex<Cluster>();
        var clusters = Enumerable.Range(0, 5).Select(i => new Cluster($"c{i}")).ToList();
        foreach (var cluster in clusters)
        {
            index.Index(cluster, ["عاجل", cluster.Name]);
        }

        Assert.Empty(index.Candidates(["عاجل"], maxPostings: 4, minShared: 1));
        Assert.Equal(5, index.Candidates(["عاجل"], maxPostings: 5, minShared: 1).Count);
    }

    [Fact]
    public void Items_come_out_in_the_order_they_were_indexed_even_after_one_is_reindexed()
    {
        // The order decides between clusters of equal similarity, so reindexing must not move an item ahead.
        var index = new TermIndex<Cluster>();
        var (first, second) = (new Cluster("first"), new Cluster("second"));
        index.Index(first, Baghdad);
        index.Index(second, Baghdad);

        index.Index(first, ["بغداد", "كاظم", "انسحاب", "حوار"]);

        Assert.Equal([first, second], index.Candidates(["بغداد", "كاظم", "انسحاب"], maxPostings: 10, minShared: 3));
    }

    [Fact]
    public void A_term_goes_from_one_item_to_several_and_back_without_losing_any()
    {
        // A term's only item is held without a set, and a set is made when a second comes: each step must keep both.
        var index = new TermIndex<Cluster>();
        var (iraq, talks, visit) = (new Cluster("iraq"), new Cluster("talks"), new Cluster("visit"));
        index.Index(iraq, ["بغداد", "بغداد", "كاظم"]);
        index.Index(talks, ["بغداد", "حوار"]);
        index.Index(visit, ["بغداد", "زيارة"]);

        Assert.Equal([iraq, talks, visit], index.Candidates(["بغداد"], maxPostings: 10, minShared: 1));
        index.Remove(talks);
        index.Remove(iraq);
        Assert.Equal([visit], index.Candidates(["بغداد", "كاظم", "حوار"], maxPostings: 10, minShared: 1));
        index.Remove(visit);
        Assert.Empty(index.Candidates(["بغداد", "زيارة"], maxPostings: 10, minShared: 1));
        index.Index(iraq, ["كاظم"]);
        Assert.Equal([iraq], index.Candidates(["كاظم"], maxPostings: 1, minShared: 1));
        Assert.Empty(index.Candidates(["كاظم"], maxPostings: 0, minShared: 1));
    }
}
