using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Seasons. The definite forms stand alone (<c>الصيف</c>) except الربيع, also a family name; the bare
/// ones are also names and words (ربيع), so the grammar wants a year, a relation or <c>فصل</c> with them. The
/// indefinite forms take no joined و: وصيف and وصيفا are "runner-up".</summary>
internal static class SeasonWords
{
    public static IReadOnlyList<LexiconEntry<SeasonWord>> Entries { get; } =
    [
        new("الربيع", new(Season.Spring, ContextNeeds.Preposition)),
        new("ربيع", new(Season.Spring, ContextNeeds.Anchor), TakesClitic: false),
        new("ربيعا", new(Season.Spring, ContextNeeds.Nothing), TakesClitic: false),
        new("الصيف", new(Season.Summer, ContextNeeds.Nothing)),
        new("صيف", new(Season.Summer, ContextNeeds.Anchor), TakesClitic: false),
        new("صيفا", new(Season.Summer, ContextNeeds.Nothing), TakesClitic: false),
        new("الخريف", new(Season.Autumn, ContextNeeds.Nothing)),
        new("خريف", new(Season.Autumn, ContextNeeds.Anchor), TakesClitic: false),
        new("خريفا", new(Season.Autumn, ContextNeeds.Nothing), TakesClitic: false),
        new("الشتاء", new(Season.Winter, ContextNeeds.Nothing)),
        new("شتاء", new(Season.Winter, ContextNeeds.Anchor), TakesClitic: false),
    ];
}
