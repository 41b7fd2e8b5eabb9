using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class ProcliticTrimmerTests
{
    // Folded words with their counts in the news the clusters came from.
    private static readonly WordClusters Counts = WordClusters.FromPaths(
    [
        new ClusteredWord("واشنطن", "0", 900),
        new ClusteredWord("وواشنطن", "0", 40),
        new ClusteredWord("بغداد", "0", 800),
        new ClusteredWord("ببغداد", "0", 60),
        new ClusteredWord("لبنان", "0", 700),
        new ClusteredWord("بنان", "0", 3),
        new ClusteredWord("وليد", "1", 200),
    ]);

    [Theory]
    [InlineData("وواشنطن", "واشنطن")]   // conjunction
    [InlineData("ببغداد", "بغداد")]      // preposition
    [InlineData("وبغداد", "بغداد")]
    [InlineData("لبنان", "لبنان")]       // بنان is rarer than لبنان: the ل is the name's own
    [InlineData("وليد", "وليد")]         // ليد is not a word at all
    [InlineData("بغداد", "بغداد")]
    [InlineData("وَواشنطن", "واشنطن")]  // a diacritic after the clitic goes with it
    public void Cuts_a_clitic_only_when_the_rest_is_the_commoner_word(string token, string shown) =>
        Assert.Equal(shown, token[ProcliticTrimmer.LeadingClitic(token, Counts)..]);
}
