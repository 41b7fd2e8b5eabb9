using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Hijri month names and their spelling variants. Several are also names or words (رجب، رمضان، صفر،
/// محرم), hence how much context each needs.</summary>
internal static class HijriMonthNames
{
    public static IReadOnlyList<LexiconEntry<MonthName>> Entries { get; } =
    [
        Month("محرم", 1, ContextNeeds.Anchor), Month("المحرم", 1, ContextNeeds.Anchor),
        Month("صفر", 2, ContextNeeds.Anchor),
        Month("ربيع الأول", 3), Month("ربيع أول", 3),
        Month("ربيع الآخر", 4), Month("ربيع الثاني", 4), Month("ربيع ثاني", 4), Month("ربيع آخر", 4),
        Month("جمادى الأولى", 5), Month("جمادى الأول", 5), Month("جمادى أولى", 5),
        Month("جمادى الآخرة", 6), Month("جمادى الثانية", 6), Month("جمادى الآخر", 6), Month("جمادى الثاني", 6),
        Month("رجب", 7, ContextNeeds.Anchor),
        Month("شعبان", 8, ContextNeeds.Preposition),
        Month("رمضان", 9, ContextNeeds.Preposition),
        Month("شوال", 10, ContextNeeds.Preposition),
        Month("ذو القعدة", 11), Month("ذي القعدة", 11), Month("ذا القعدة", 11),
        Month("ذو الحجة", 12), Month("ذي الحجة", 12), Month("ذا الحجة", 12),
    ];

    private static LexiconEntry<MonthName> Month(string name, int month, ContextNeeds needs = ContextNeeds.Nothing) =>
        new(name, new MonthName(DateCalendar.Hijri, month, needs));
}
