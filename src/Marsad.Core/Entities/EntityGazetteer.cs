namespace Marsad.Entities;

/// <summary>
/// Lists of known names by type, matched over a sentence's folded words. A match may start on a word with its
/// proclitics stripped (وواشنطن matches واشنطن), since ANERcorp tags the whole token. Phrases are kept as
/// chained hashes of their words, so matching allocates nothing.
/// </summary>
public sealed class EntityGazetteer
{
    private const ulong PhraseSeed = 0x5bd1e9955bd1e995UL;

    /// <summary>Set beside a phrase's types when a longer name goes on from it.</summary>
    private const byte GoesOn = 0x80;

    /// <summary>
    /// Each phrase that is a name or begins one: the types of the names it is, and <see cref="GoesOn"/> when it begins
    /// a longer one. One table, so that each step of a match is one lookup rather than two.
    /// </summary>
    private readonly Dictionary<ulong, byte> phrases = [];
    private readonly Dictionary<ulong, byte> wordRoles = [];

    public EntityGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        var kept = new List<GazetteerEntry>();
        foreach (var entry in entries)
        {
            if (entry.Words.Count == 0)
            {
                continue;
            }
            kept.Add(entry);
            var hash = PhraseSeed;
            for (var i = 0; i < entry.Words.Count; i++)
            {
                var word = FeatureHash.Of(entry.Words[i]);
                var role = (byte)(TypeMask(entry.Type) << (i == 0 ? 0 : 4));
                wordRoles[word] = (byte)(wordRoles.GetValueOrDefault(word) | role);
                hash = Extend(hash, word);
                if (i < entry.Words.Count - 1)
                {
                    phrases[hash] = (byte)(phrases.GetValueOrDefault(hash) | GoesOn);
                }
            }
            phrases[hash] = (byte)(phrases.GetValueOrDefault(hash) | TypeMask(entry.Type));
            MaxWords = Math.Max(MaxWords, entry.Words.Count);
        }
        Entries = kept;
    }

    public static EntityGazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public int MaxWords { get; }

    public static byte TypeMask(EntityType type) => (byte)(1 << (int)type);

    /// <summary>
    /// How a folded word (by its hash) appears in known names, as a mask: the low four bits are the types of
    /// names it begins, the high four the types of names it continues.
    /// </summary>
    public byte RolesOfWord(ulong word) => wordRoles.GetValueOrDefault(word);

    /// <summary>
    /// Marks the longest match starting at each word, left to right without overlap. A match starts on a word's
    /// whole form or its stripped form (hash arrays side by side), and continues over whole forms.
    /// <paramref name="begins"/> gets the types of a match starting at a word, <paramref name="insides"/> those
    /// of a match continuing over it. <paramref name="roles"/>, if given, are each word's
    /// <see cref="RolesOfWord"/> of both forms together, already known: words that begin no name are then passed
    /// over without a lookup (most words; the result is the same).
    /// </summary>
    public void Match(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> stripped, Span<byte> begins, Span<byte> insides,
        ReadOnlySpan<byte> roles = default)
    {
        const int beginsNames = 0x0F;
        begins.Clear();
        insides.Clear();
        var i = 0;
        while (i < words.Length)
        {
            if (!roles.IsEmpty && (roles[i] & beginsNames) == 0)
            {
                i++;
                continue;
            }
            var (length, types) = LongestAt(words, words[i], i);
            var fromStripped = stripped[i] != words[i] ? LongestAt(words, stripped[i], i) : default;
            if (fromStripped.Length > length)
            {
                (length, types) = fromStripped;
            }
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

    private (int Length, byte Types) LongestAt(ReadOnlySpan<ulong> words, ulong first, int start)
    {
        var hash = Extend(PhraseSeed, first);
        var best = (Length: 0, Types: (byte)0);
        for (var length = 1; ; length++)
        {
            var found = phrases.GetValueOrDefault(hash);
            if ((found & ~GoesOn) != 0)
            {
                best = (length, (byte)(found & ~GoesOn));
            }
            var next = start + length;
            if (next >= words.Length || length >= MaxWords || (found & GoesOn) == 0)
            {
                return best;
            }
            hash = Extend(hash, words[next]);
        }
    }

    private static ulong Extend(ulong phrase, ulong word) => FeatureHash.Combine(phrase, word);
}
