namespace Marsad.Entities;

/// <summary>
/// Scores tagged sentences against gold tags as conlleval does: entities are read off both tag sequences with
/// <see cref="BioChunker"/> (so an I- without B- opens an entity), and an entity is correct only when its type
/// and both boundaries match. Precision, recall and F1 are micro-averaged over entities. Lives beside the
/// tagger (not with the evaluations) so that its edge cases are tested with the core.
/// </summary>
public sealed class ConllevalScorer
{
    private readonly EntityCounts[] counts = new EntityCounts[EntityTypeCodes.Count];
    private readonly List<EntityChunk> gold = [];
    private readonly List<EntityChunk> found = [];

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    public EntityCounts Overall => counts.Aggregate(default(EntityCounts), (sum, c) => sum + c);

    public EntityCounts For(EntityType type) => counts[(int)type];

    public void Add(ReadOnlySpan<BioTag> goldTags, ReadOnlySpan<BioTag> predictedTags)
    {
        if (goldTags.Length != predictedTags.Length)
        {
            throw new ArgumentException("Gold and predicted tags differ in length.", nameof(predictedTags));
        }
        Sentences++;
        Tokens += goldTags.Length;
        gold.Clear();
        found.Clear();
        BioChunker.AddChunks(goldTags, gold);
        BioChunker.AddChunks(predictedTags, found);
        foreach (var chunk in gold)
        {
            counts[(int)chunk.Type] += new EntityCounts(0, 1, 0);
        }
        foreach (var chunk in found)
        {
            // Chunks are ordered and disjoint, so a binary search finds an exact match.
            var correct = gold.BinarySearch(chunk, ChunkOrder.Instance) >= 0 ? 1 : 0;
            counts[(int)chunk.Type] += new EntityCounts(1, 0, correct);
        }
    }

    private sealed class ChunkOrder : IComparer<EntityChunk>
    {
        public static readonly ChunkOrder Instance = new();

        public int Compare(EntityChunk x, EntityChunk y) =>
            x.StartToken != y.StartToken ? x.StartToken.CompareTo(y.StartToken)
            : x.EndToken != y.EndToken ? x.EndToken.CompareTo(y.EndToken)
            : x.Type.CompareTo(y.Type);
    }
}
