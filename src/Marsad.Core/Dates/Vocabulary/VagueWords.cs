using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>
/// Times the text does not pin to the calendar (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF) and times anchored
/// to another event (<c>اليوم التالي</c>). <c>في السابق</c> and <c>في الماضي</c> keep their preposition: without it
/// السابق and الماضي are adjectives (<c>الرئيس السابق</c>).
/// </summary>
internal static class VagueWords
{
    private static readonly string[] PluralPeriods =
        ["الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "السنين", "الأعوام", "العقود", "الفترة", "القرون"];

    public static IReadOnlyList<LexiconEntry<VagueTime>> Entries { get; } = Build();

    private static List<LexiconEntry<VagueTime>> Build()
    {
        var entries = new List<LexiconEntry<VagueTime>>
        {
            new("الآن", VagueTime.Present), new("حاليا", VagueTime.Present), new("هذه الأيام", VagueTime.Present),
            new("الوقت الحالي", VagueTime.Present), new("الوقت الراهن", VagueTime.Present),
            new("الوقت الحاضر", VagueTime.Present), new("الفترة الحالية", VagueTime.Present),
            new("الفترة الراهنة", VagueTime.Present),
            new("مؤخرا", VagueTime.Past), new("سابقا", VagueTime.Past), new("في السابق", VagueTime.Past),
            new("في الماضي", VagueTime.Past), new("آنذاك", VagueTime.Past), new("حينذاك", VagueTime.Past),
            new("وقتذاك", VagueTime.Past), new("الآونة الأخيرة", VagueTime.Past),
            new("قريبا", VagueTime.Future), new("لاحقا", VagueTime.Future), new("مستقبلا", VagueTime.Future),
            new("في المستقبل", VagueTime.Future),
            new("اليوم التالي", VagueTime.Anaphoric), new("اليوم السابق", VagueTime.Anaphoric),
            new("اليوم نفسه", VagueTime.Anaphoric), new("اليوم ذاته", VagueTime.Anaphoric),
            new("الأسبوع التالي", VagueTime.Anaphoric), new("الشهر التالي", VagueTime.Anaphoric),
            new("العام التالي", VagueTime.Anaphoric), new("السنة التالية", VagueTime.Anaphoric),
        };
        foreach (var period in PluralPeriods)
        {
            entries.Add(new(period + " الماضية", VagueTime.Past));
            entries.Add(new(period + " الأخيرة", VagueTime.Past));
            entries.Add(new(period + " المنصرمة", VagueTime.Past));
            entries.Add(new(period + " القليلة الماضية", VagueTime.Past));
            entries.Add(new(period + " المقبلة", VagueTime.Future));
            entries.Add(new(period + " القادمة", VagueTime.Future));
            entries.Add(new(period + " اللاحقة", VagueTime.Future));
            entries.Add(new(period + " القليلة المقبلة", VagueTime.Future));
        }
        return entries;
    }
}
