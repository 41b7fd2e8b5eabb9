namespace Marsad.Summaries;

/// <summary>
/// A number several outlets report, with what it counts: «2500 جندي أميركي». <see cref="Phrase"/> is the wording
/// most of them use; <see cref="Outlets"/> those that report it.
/// </summary>
public sealed record AgreedFact(long Value, string Phrase, IReadOnlyList<string> Outlets, IReadOnlyList<string> ArticleIds);
