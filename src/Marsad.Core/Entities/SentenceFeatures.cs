namespace Marsad.Entities;

/// <summary>
/// The features of one sentence, token by token, as hashes: token <c>i</c> has
/// <c>Keys[Offsets[i]..Offsets[i + 1]]</c>; with each token, its folded and stripped word as hashes (what the
/// document pass matches on). A reusable buffer: one per thread, cleared for each sentence.
/// </summary>
public sealed class SentenceFeatures
{
    private ulong[] keys = new ulong[1024];
    private int[] offsets = new int[64];
    private ulong[] words = new ulong[64];
    private ulong[] stripped = new ulong[64];

    public int TokenCount { get; private set; }

    public int KeyCount { get; private set; }

    public ReadOnlySpan<ulong> Keys => keys.AsSpan(0, KeyCount);

    public ReadOnlySpan<ulong> Of(int token) => keys.AsSpan(offsets[token], offsets[token + 1] - offsets[token]);

    /// <summary>Each token's folded word, as a hash (what the document pass counts occurrences of).</summary>
    public ReadOnlySpan<ulong> Words => words.AsSpan(0, TokenCount);

    /// <summary>Each token's folded word without proclitics, as a hash.</summary>
    public ReadOnlySpan<ulong> StrippedWords => stripped.AsSpan(0, TokenCount);


    internal void Clear()
    {
        TokenCount = 0;
        KeyCount = 0;
        offsets[0] = 0;
    }

    internal void Add(ulong key)
    {
        if (KeyCount == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
        }
        keys[KeyCount++] = key;
    }

    /// <summary>Closes the current token: the keys added since the last call are its features.</summary>
    internal void EndToken(ulong word = 0, ulong strippedWord = 0)
    {
        if (TokenCount + 2 > offsets.Length)
        {
            Array.Resize(ref offsets, offsets.Length * 2);
            Array.Resize(ref words, offsets.Length);
            Array.Resize(ref stripped, offsets.Length);
        }
        words[TokenCount] = word;
        stripped[TokenCount] = strippedWord;
        TokenCount++;
        offsets[TokenCount] = KeyCount;
    }
}
