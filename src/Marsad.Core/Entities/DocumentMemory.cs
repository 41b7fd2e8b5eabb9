using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities;

/// <summary>
/// What the first pass found in the sentences around the current one: how each (stripped) word was tagged, and
/// which names it found. Sentences enter and leave as the window slides, so each sentence costs its own length.
/// Names are kept as chained word hashes with reference counts, matched like <see cref="EntityGazetteer"/>.
/// Counts live inside the dictionaries and the memory is cleared and reused document after document (one per
/// thread), so sliding the window allocates nothing once the dictionaries have grown.
/// </summary>
internal sealed class DocumentMemory
{
    private const ulong PhraseSeed = 0x3C6EF372FE94F82BUL;
    private const int Kinds = 1 + EntityTypeCodes.Count;

    private readonly Dictionary<ulong, KindCounts> wordKinds = [];
    private readonly Dictionary<ulong, TypeCounts> phraseTypes = [];
    private readonly Dictionary<ulong, int> openPrefixes = [];
    private readonly List<EntityChunk> chunks = [];
    private int maxWords;

    /// <summary>Forgets everything, for the next document.</summary>
    public void Clear()
    {
        wordKinds.Clear();
        phraseTypes.Clear();
        openPrefixes.Clear();
        maxWords = 0;
    }

    public void Add(FirstPassSentence sentence) => Update(sentence, 1);

    public void Remove(FirstPassSentence sentence) => Update(sentence, -1);

    /// <summary>How often the word was left outside names (index 0) or tagged with each type (1 + type).</summary>
    public ReadOnlySpan<int> KindsOf(ulong stripped)
    {
        ref var kinds = ref CollectionsMarshal.GetValueRefOrNullRef(wordKinds, stripped);
        return Unsafe.IsNullRef(ref kinds) ? default : MemoryMarshal.CreateReadOnlySpan(ref kinds[0], Kinds);
    }

    /// <summary>Marks the longest remembered name starting at each word (types as masks), left to right.</summary>
    public void Match(FirstPassSentence sentence, Span<byte> begins, Span<byte> insides)
    {
        begins.Clear();
        insides.Clear();
        var i = 0;
        while (i < sentence.Length)
        {
            var (length, types) = LongestAt(sentence, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            begins[i] = types;
            for (var j = i + 1; j < i + length; j++)
            {
                insides[j] = types;
            }
            i += length;
        }
    }

    private (int Length, byte Types) LongestAt(FirstPassSentence sentence, int start)
    {
        var hash = FeatureHash.Combine(PhraseSeed, sentence.Stripped[start]);
        var best = (Length: 0, Types: (byte)0);
        for (var length = 1; ; length++)
        {
            ref var counts = ref CollectionsMarshal.GetValueRefOrNullRef(phraseTypes, hash);
            if (!Unsafe.IsNullRef(ref counts))
            {
                var types = 0;
                for (var t = 0; t < EntityTypeCodes.Count; t++)
                {
                    types |= counts[t] > 0 ? 1 << t : 0;
                }
                if (types != 0)
                {
                    best = (length, (byte)types);
                }
            }
            var next = start + length;
            if (next >= sentence.Length || length >= maxWords || openPrefixes.GetValueOrDefault(hash) <= 0)
            {
                return best;
            }
            hash = FeatureHash.Combine(hash, sentence.Words[next]);
        }
    }

    private void Update(FirstPassSentence sentence, int delta)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            var tag = sentence.Tags[i];
            var kind = tag == BioTag.Outside ? 0 : 1 + (int)BioTags.TypeOf(tag);
            CollectionsMarshal.GetValueRefOrAddDefault(wordKinds, sentence.Stripped[i], out _)[kind] += delta;
        }
        chunks.Clear();
        BioChunker.AddChunks(sentence.Tags, chunks);
        foreach (var chunk in chunks)
        {
            // A name is remembered from its first word stripped (وواشنطن as واشنطن), then whole words.
            var hash = FeatureHash.Combine(PhraseSeed, sentence.Stripped[chunk.StartToken]);
            for (var j = chunk.StartToken + 1; j < chunk.EndToken; j++)
            {
                openPrefixes[hash] = openPrefixes.GetValueOrDefault(hash) + delta;
                hash = FeatureHash.Combine(hash, sentence.Words[j]);
            }
            CollectionsMarshal.GetValueRefOrAddDefault(phraseTypes, hash, out _)[(int)chunk.Type] += delta;
            maxWords = Math.Max(maxWords, chunk.EndToken - chunk.StartToken);
        }
    }

    /// <summary>How often a word was left outside names (index 0) or tagged with each type (1 + type).</summary>
    [InlineArray(Kinds)]
    private struct KindCounts
    {
        private int first;
    }

    /// <summary>How often a name was found with each type.</summary>
    [InlineArray(EntityTypeCodes.Count)]
    private struct TypeCounts
    {
        private int first;
    }
}
