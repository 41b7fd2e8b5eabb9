namespace Marsad.Input;

/// <summary>
/// How a sample reads in one single-byte encoding. <see cref="Unassigned"/> counts bytes the encoding has no
/// character for (and C1 controls, which no text uses); <see cref="MixedWords"/> counts words that mix Arabic and
/// Latin letters (<c>èàæ</c> inside Arabic words is what ISO-8859-6 text looks like read as Windows-1256);
/// <see cref="DefiniteArticles"/> counts words starting with ال, the commonest pair of letters in Arabic.
/// </summary>
internal readonly record struct SingleByteReading(TextEncodingKind Kind, int Words, int Unassigned, int MixedWords, int DefiniteArticles)
{
    private const double MaxMixedWordShare = 0.02;

    /// <summary>No impossible bytes and almost no words of mixed script.</summary>
    public bool IsPlausible => Unassigned == 0 && MixedWords <= Math.Max(1, Words * MaxMixedWordShare);

    /// <summary>Higher is more like Arabic text.</summary>
    public int Score => DefiniteArticles - 10 * MixedWords;
}
