using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class WordClustersTests
{
    [Fact]
    public void Reads_what_it_writes()
    {
        var clusters = WordClusters.FromPaths(
        [
            new ClusteredWord("بغداد", "0110", 800),
            new ClusteredWord("واشنطن", "0110", 900),
            new ClusteredWord("محمد", "10", 5000),
        ]);
        using var text = new StringWriter();
        clusters.Write(text);
        var read = WordClusters.Read(new StringReader(text.ToString()));
        Assert.Equal(3, read.WordCount);
        Assert.Equal("0110", read.PathOf(read.Find("واشنطن")));
        Assert.Equal(read.Find("بغداد"), read.Find("واشنطن"));
        Assert.Equal(5000, read.CountOf("محمد"));
        Assert.Equal(-1, read.Find("غير_موجود"));
    }

    [Fact]
    public void Prefixes_of_a_short_path_are_the_whole_path()
    {
        var clusters = WordClusters.FromPaths([new ClusteredWord("محمد", "10", 1)]);
        var id = clusters.Find("محمد");
        Assert.Equal(clusters.PrefixHash(id, 0), clusters.PrefixHash(id, WordClusters.PrefixLengths.Count - 1));
        Assert.Equal(FeatureHash.Of("10"), clusters.PrefixHash(id, 0));
    }
}
