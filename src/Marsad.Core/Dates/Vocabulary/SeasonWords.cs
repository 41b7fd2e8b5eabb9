using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Seasons. The definite forms stand alone (<c>فصل الصيف</c>); the bare ones are also names and
/// words (ربيع is a name), so the grammar wants a year, a relation or <c>فصل</c> with them. The indefinite forms
/// take no joined و: وصيف and وصيفا are "runner-up".</summary>
internal static class SeasonWords
{
    public static IReadOnlyList<LexiconEntry<SeasonWord>> Entries { get; } =
    [
        new("الربيع", new(Season.Spring, true)), new("ربيع", new(Season.Spring, false), TakesClitic: false), new("ربيعا", new(Season.Spring, true), TakesClitic: false),
        new("الصيف", new(Season.Summer, true)), new("صيف", new(Season.Summer, false), TakesClitic: false), new("صيفا", new(Season.Summer, true), TakesClitic: false),
        new("الخريف", new(Season.Autumn, true)), new("خريف", new(Season.Autumn, false), TakesClitic: false), new("خريفا", new(Season.Autumn, true), TakesClitic: false),
        new("الشتاء", new(Season.Winter, true)), new("شتاء", new(Season.Winter, false), TakesClitic: false),
    ];
}
