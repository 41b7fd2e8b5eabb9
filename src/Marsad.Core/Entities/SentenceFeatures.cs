namespace Marsad.Entities;

/// <summary>
/// The features of one sentence, token by token, as hashes: token <c>i</c> has
/// <c>Keys[Offsets[i]..Offsets[i + 1]]</c>. A reusable buffer: one per thread, cleared for each sentence.
/// </summary>
public sealed class SentenceFeatures
{
    private ulong[] keys = new ulong[1024];
    private int[] offsets = new int[64];

    public int TokenCount { get; private set; }

    public int KeyCount { get; private set; }

    public ReadOnlySpan<ulong> Keys => keys.AsSpan(0, KeyCount);

    public ReadOnlySpan<ulong> Of(int token) => keys.AsSpan(offsets[token], offsets[token + 1] - offsets[token]);

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
    internal void EndToken()
    {
        if (TokenCount + 2 > offsets.Length)
        {
            Array.Resize(ref offsets, offsets.Length * 2);
        }
        TokenCount++;
        offsets[TokenCount] = KeyCount;
    }
}
