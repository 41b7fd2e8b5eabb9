using Marsad.Analysis;
using Marsad.Articles;
using Marsad.Duplicates;

namespace Marsad.Pipeline;

/// <summary>
/// An extracted article with what the stream stages need to place it: its term vector (what it is about),
/// its MinHash signature (is it a copy?), a hash of its folded text (an exact copy?) and a hash of its input
/// (has it changed since it was last ingested?).
/// </summary>
public sealed record AnalyzedArticle(
    ExtractedArticle Article,
    TermVector Vector,
    MinHashSignature Signature,
    ulong TextKey,
    string InputHash,
    string Origin);
