namespace Marsad.Dates.Vocabulary;

/// <summary>
/// Words around a date that decide whether it is one: the prepositions that make a bare year or a month name
/// a date, the outlet nouns that make <c>اليوم</c> a name, the future verbs that send a weekday forward.
/// </summary>
internal static class ContextWords
{
    /// <summary>Prepositions and period words after which a month name or a bare number is a time
    /// (<c>في مارس</c>, <c>منذ 2003</c>, <c>بحلول نهاية 2021</c>).</summary>
    public static WordSet TemporalPrepositions { get; } = new(
        "في", "منذ", "حتى", "خلال", "قبل", "بعد", "إلى", "الى", "حلول", "طوال", "طيلة", "أثناء", "غضون", "مع",
        "أوائل", "مطلع", "بداية", "بدايات", "مستهل", "أواسط", "منتصف", "أواخر", "نهاية", "نهايات", "ختام");

    /// <summary>Demonstratives that make a period or season the current one (<c>هذا العام</c>, <c>هذه السنة</c>).</summary>
    public static WordSet This { get; } = new("هذا", "هذه");

    /// <summary>Nouns for "year" that belong to the year's mention (<c>عام 2014</c>, <c>العام 1887</c>).</summary>
    public static WordSet YearNouns { get; } = new("عام", "العام", "سنة", "السنة");

    /// <summary>Dual nouns for "year" that introduce two years, each its own mention (<c>عامي 2002 و2003</c>).</summary>
    public static WordSet DualYearNouns { get; } = new("عامي", "العامين", "سنتي", "السنتين");

    /// <summary>Words after a month name that make it a month (<c>رمضان المبارك</c>).</summary>
    public static WordSet MonthEpithets { get; } = new("المبارك", "الكريم", "المعظم", "الفضيل", "الحرام");

    /// <summary>Before <c>اليوم</c>, these make it part of an outlet's name (<c>صحيفة اليوم</c>, <c>روسيا اليوم</c>,
    /// <c>عين اليوم</c>).</summary>
    public static WordSet OutletNouns { get; } = new(
        "صحيفة", "جريدة", "قناة", "موقع", "مجلة", "وكالة", "نشرة", "برنامج", "شبكة", "إذاعة", "تلفزيون", "روسيا",
        "المصري", "أخبار", "عين");

    /// <summary>Before <c>اليوم</c>, words that make it "the day" (<c>طوال اليوم</c>, <c>ساعات اليوم</c>).</summary>
    public static WordSet WholeDayWords { get; } = new("طوال", "طيلة", "ساعات", "مدار", "نهار");

    /// <summary>After <c>اليوم</c>, adjectives that make it "the day" rather than "today" (<c>اليوم الأول</c>,
    /// <c>اليوم الوطني</c>); nisba adjectives in ي are caught by their ending.</summary>
    public static WordSet DayAdjectives { get; } = new(
        "التالي", "السابق", "نفسه", "ذاته", "الأخير", "المفتوح", "الموعود", "المشهود", "المحدد", "الذي", "التي");

    /// <summary>Before a weekday, words that make it a habit (<c>كل جمعة</c>) or not a day at all
    /// (<c>صلاة الجمعة</c>, <c>بين الاثنين</c>).</summary>
    public static WordSet NotBeforeWeekday { get; } = new("كل", "أيام", "صلاة", "خطبة", "بين", "كلا", "هذين", "هذان");

    /// <summary>Words before a bare weekday that put it in the future (<c>يعقد الإثنين</c>).</summary>
    public static WordSet FutureCues { get; } = new(
        "سوف", "سيتم", "ستتم", "المقرر", "المقررة", "المتوقع", "المرتقب", "المرتقبة", "المزمع", "المنتظر", "يعتزم", "تعتزم",
        "يعقد", "تعقد", "ينعقد", "تنعقد", "يبدأ", "تبدأ", "ينطلق", "تنطلق", "يفتتح", "تفتتح", "يختتم", "تختتم",
        "يقام", "تقام", "يزور", "تزور", "يصل", "تصل", "يغادر", "تغادر", "يلتقي", "تلتقي", "يستضيف", "تستضيف",
        "يجتمع", "تجتمع", "يتوجه", "تتوجه", "يستقبل", "تستقبل", "تجرى", "يجري", "تنظم", "ينظم", "يلقي", "تلقي");

    /// <summary>Common nouns that look like a future verb (س + imperfect prefix) but are not.</summary>
    public static WordSet NotFutureVerbs { get; } = new(
        "سياسة", "سياسي", "سياسية", "سياسات", "سياسيين", "سياسيون", "سيطرة", "سيارة", "سيارات", "سيادة", "سياق",
        "سيناريو", "سيناء", "سياحة", "سياحي", "سياحية", "سينما", "سيول", "سيرة", "سيدة", "سيدات", "ستار", "ستين",
        "ستون", "سنوات", "سنويا", "سنوي", "سنوية", "سنتين", "سنين", "ساعات", "سابق", "سابقة", "سابقا", "سيتي", "سنغافورة",
        "سيطرته", "سيطرتها", "سياستها", "سياسته", "سيادته", "سيارته", "ستمائة", "ستمئة", "سيناتور", "سيناريوهات",
        "سيراليون", "سينمائي", "سينمائية", "سيبيريا", "ستوكهولم");
}
