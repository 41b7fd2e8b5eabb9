using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class BioChunkerTests
{
    [Theory]
    [InlineData("B-PERS I-PERS O B-LOC", "PER 0-2, LOC 3-4")]
    [InlineData("I-PERS I-PERS O", "PER 0-2")]            // I- without B- opens an entity (conlleval)
    [InlineData("O I-LOC", "LOC 1-2")]
    [InlineData("B-PERS I-LOC", "PER 0-1, LOC 1-2")]      // a type change ends one entity and starts another
    [InlineData("B-ORG B-ORG I-ORG", "ORG 0-1, ORG 1-3")] // B- after B- of the same type starts a new one
    [InlineData("B-LOC I-LOC I-LOC", "LOC 0-3")]          // an entity running to the end
    [InlineData("O O", "")]
    [InlineData("", "")]
    public void Reads_entities_as_conlleval_does(string tags, string expected) =>
        Assert.Equal(expected, Describe(BioChunker.Chunks(Parse(tags))));

    [Fact]
    public void Repair_rewrites_an_opening_I_as_B_without_changing_the_entities()
    {
        var tags = Parse("O I-PERS I-PERS B-LOC I-ORG");
        var before = Describe(BioChunker.Chunks(tags));
        BioChunker.Repair(tags);
        Assert.Equal("O B-PERS I-PERS B-LOC B-ORG", string.Join(' ', tags.Select(BioTags.ToConll)));
        Assert.Equal(before, Describe(BioChunker.Chunks(tags)));
    }

    internal static BioTag[] Parse(string tags) =>
        [.. tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(BioTags.Parse)];

    private static string Describe(List<EntityChunk> chunks) =>
        string.Join(", ", chunks.Select(c => $"{EntityTypeCodes.ToCode(c.Type)} {c.StartToken}-{c.EndToken}"));
}
