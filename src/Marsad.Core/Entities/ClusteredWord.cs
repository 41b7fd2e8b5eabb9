namespace Marsad.Entities;

/// <summary>A folded word, the bit path of its cluster, and how often it occurred in the clustered corpus.</summary>
public readonly record struct ClusteredWord(string Word, string Path, long Count);
