using System.Runtime.CompilerServices;

namespace Marsad.Entities;

/// <summary>
/// What the features need to know about a word that depends only on its characters (and the lexicon): hashes of
/// its raw, folded, stripped, bare and stemmed forms, its proclitics, shape and affixes; its cluster paths; and
/// how it appears in the gazetteers' names. <see cref="WordAnalyzer"/> computes it, <see cref="WordFactsCache"/> keeps it.
/// </summary>
internal struct WordFacts
{
    public ulong Raw;
    public ulong Word;
    public ulong Stripped;
    public ulong Bare;
    public ulong Stem;
    public ulong Clitics;
    public ulong Shape;
    public Prefixes Prefixes;
    public Suffixes Suffixes;
    public int Cluster;
    public int StrippedCluster;
    public int Embedding;
    public byte NameWordTypes;
    public byte NewsWordRoles;
}

/// <summary>Hashes of the first one, two and three characters of the folded word.</summary>
[InlineArray(TokenFacts.PrefixCount)]
internal struct Prefixes
{
    private ulong first;
}

/// <summary>Hashes of the last one to four characters of the folded word.</summary>
[InlineArray(TokenFacts.SuffixCount)]
internal struct Suffixes
{
    private ulong first;
}
