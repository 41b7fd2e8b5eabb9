using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>The adjectives that place a month, weekday or period against the day of writing, in both genders.</summary>
internal static class RelationWords
{
    public static IReadOnlyList<LexiconEntry<TimeRelation>> Entries { get; } =
    [
        new("الماضي", TimeRelation.Past), new("الماضية", TimeRelation.Past),
        new("المنصرم", TimeRelation.Past), new("المنصرمة", TimeRelation.Past),
        new("الفائت", TimeRelation.Past), new("الفائتة", TimeRelation.Past),
        new("المنقضي", TimeRelation.Past), new("المنقضية", TimeRelation.Past),
        new("الجاري", TimeRelation.Current), new("الجارية", TimeRelation.Current),
        new("الحالي", TimeRelation.Current), new("الحالية", TimeRelation.Current),
        new("المقبل", TimeRelation.Next), new("المقبلة", TimeRelation.Next),
        new("القادم", TimeRelation.Next), new("القادمة", TimeRelation.Next),
    ];
}
