namespace Marsad.Entities;

/// <summary>
/// The sentence features' families (<see cref="NerFeatureExtractor"/>); an offset in the window is added to the
/// base value. Part of the model's contract: a feature's hash is its family's number combined with its value.
/// </summary>
internal enum NerTemplate : long
{
    Bias = 1,
    SentenceStart = 2,
    Raw = 3,
    WordPair = 4,
    WordPairNext = 5,
    StemPairBefore = 6,
    Bare = 7,
    Clitics = 8,
    ShapeTriple = 9,
    NameWord = 10,
    StrippedBeforeClass = 11,
    StrippedAfterClass = 12,
    Word = 20,
    Stem = 30,
    Stripped = 40,
    Prefix = 50,
    Suffix = 60,
    Shape = 70,
    Cluster = 80,
    StrippedCluster = 90,
    ClusterBefore = 100,
    ClusterAfter = 110,
    ClusterBefore2 = 120,
    ClusterAfter2 = 130,
    GazetteerBegin = 140,
    GazetteerInside = 150,
    NeighbourPrefix = 160,
    NeighbourSuffix = 170,
    NeighbourBare = 180,
    Quoting = 190,
    StrippedClusterBefore = 200,
    StrippedClusterAfter = 210,
    Embedding = 220,
    EmbeddingBefore = 230,
    EmbeddingAfter = 240,
    NewsBegin = 250,
    NewsInside = 260,
    NewsWord = 270,
}
