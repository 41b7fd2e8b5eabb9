namespace Marsad.Entities;

/// <summary>
/// Reads entities off a tag sequence the way conlleval does, so that the tagger and the scorer agree: a chunk
/// begins at every B- tag, and at an I- tag that does not continue a chunk of its own type (I- without B-); it
/// ends where the next tag is O, a B-, or of another type.
/// </summary>
public static class BioChunker
{
    public static List<EntityChunk> Chunks(ReadOnlySpan<BioTag> tags)
    {
        var chunks = new List<EntityChunk>();
        AddChunks(tags, chunks);
        return chunks;
    }

    public static void AddChunks(ReadOnlySpan<BioTag> tags, List<EntityChunk> chunks)
    {
        var start = -1;
        var type = default(EntityType);
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : BioTag.Outside;
            var continues = start >= 0 && BioTags.IsInside(tag) && BioTags.TypeOf(tag) == type;
            if (continues)
            {
                continue;
            }
            if (start >= 0)
            {
                chunks.Add(new EntityChunk(start, i, type));
                start = -1;
            }
            if (tag != BioTag.Outside)
            {
                start = i;
                type = BioTags.TypeOf(tag);
            }
        }
    }

    /// <summary>
    /// Rewrites an I- tag that begins a chunk (I- without B-) as B-, which conlleval reads as the same entities.
    /// Training data is repaired this way so that a decoder that never emits I- without B- can match it.
    /// </summary>
    public static void Repair(Span<BioTag> tags)
    {
        var previous = BioTag.Outside;
        for (var i = 0; i < tags.Length; i++)
        {
            if (!BioTags.CanFollow(previous, tags[i]))
            {
                tags[i] = BioTags.Begin(BioTags.TypeOf(tags[i]));
            }
            previous = tags[i];
        }
    }
}
