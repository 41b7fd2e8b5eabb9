using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>
/// Gregorian month names of every family Arabic news uses, with their spelling variants. Folding merges
/// hamza and alef forms (أبريل، ابريل، إبريل) and teh marbuta (يونية، يونيه), so each spelling is listed once.
/// آب, أب and اب fold to one word: <see cref="Parsing.MonthNameReader"/> tells August from "father" by the madda.
/// </summary>
internal static class GregorianMonthNames
{
    public static IReadOnlyList<LexiconEntry<MonthName>> Entries { get; } =
    [
        // Egypt, the Gulf and most pan-Arab outlets: names taken from the European ones.
        Month("يناير", 1), Month("ينير", 1),
        Month("فبراير", 2), Month("فبرير", 2),
        Month("مارس", 3, ContextNeeds.Preposition),
        Month("أبريل", 4), Month("ابرايل", 4),
        Month("مايو", 5), Month("ماي", 5, ContextNeeds.Preposition),
        Month("يونيو", 6), Month("يونيه", 6),
        Month("يوليو", 7), Month("يوليه", 7),
        Month("أغسطس", 8), Month("أغسطوس", 8), Month("أوغسطس", 8),
        Month("سبتمبر", 9), Month("سيبتمبر", 9),
        Month("أكتوبر", 10), Month("أكتوبير", 10),
        Month("نوفمبر", 11), Month("نوفمير", 11),
        Month("ديسمبر", 12), Month("ديسيمبر", 12),

        // Algeria and Tunisia: names taken from the French ones.
        Month("جانفي", 1), Month("فيفري", 2), Month("أفريل", 4), Month("جوان", 6),
        Month("جويلية", 7), Month("جويليه", 7), Month("أوت", 8, ContextNeeds.Preposition),

        // Morocco.
        Month("يوليوز", 7), Month("غشت", 8), Month("شتنبر", 9), Month("نونبر", 11), Month("دجنبر", 12),

        // The Levant and Iraq: the Syriac names.
        Month("كانون الثاني", 1), Month("كانون ثاني", 1),
        Month("شباط", 2, ContextNeeds.Preposition),
        Month("آذار", 3),
        Month("نيسان", 4, ContextNeeds.Preposition),
        Month("أيار", 5), Month("مايس", 5),
        Month("حزيران", 6),
        Month("تموز", 7),
        new("آب", new MonthName(DateCalendar.Gregorian, 8, ContextNeeds.Anchor), TakesClitic: false),
        Month("أيلول", 9),
        Month("تشرين الأول", 10), Month("تشرين أول", 10),
        Month("تشرين الثاني", 11), Month("تشرين ثاني", 11),
        Month("كانون الأول", 12), Month("كانون أول", 12),
    ];

    private static LexiconEntry<MonthName> Month(string name, int month, ContextNeeds needs = ContextNeeds.Nothing) =>
        new(name, new MonthName(DateCalendar.Gregorian, month, needs));
}
