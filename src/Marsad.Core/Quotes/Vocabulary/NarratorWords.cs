namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// Where reported content gives way to the narrator. After a comma: a participle (مشيرا إلى أن starts the next
/// quotation; سائلا الله، مؤكدا العمل end this one) or one of these phrase heads; anywhere: فيما "while", unless it
/// opens "as regards" (فيما يتعلق).
/// </summary>
internal static class NarratorWords
{
    public static IReadOnlyList<string> AfterComma { get; } =
    [
        "في حين", "في وقت", "فيما", "بينما", "دون أن", "بدون أن", "وذلك", "حسب", "بحسب", "وفق", "وفقا", "طبقا", "على حد", "قبل أن",
        "وهو ما", "الأمر الذي", "لكنه", "ولكنه", "غير أنه", "إلا أنه", "بيد أنه", "ونقلت", "ونقل", "نقلت", "نقل",
    ];

    /// <summary>وفق الشروط التالية: 1ـ أن يكون: a colon after "the following" opens a list, not the speaker's words.</summary>
    public static IReadOnlyList<string> ListHeadings { get; } = ["التالي", "التالية", "الآتي", "الآتية", "كالتالي", "كالآتي"];

    /// <summary>فيما is "while" except before these words ("as regards", "between them").</summary>
    public static IReadOnlyList<string> FimaKeepsGoingBefore { get; } = ["يتعلق", "يخص", "بعد", "يلي", "بينها", "بينهم", "بين", "يتصل"];

    /// <summary>Words shaped like a participle (م...ا) that are adverbs and end nothing: مؤخرا، مجددا.</summary>
    public static IReadOnlyList<string> AdverbsNotParticiples { get; } =
    [
        "مؤخرا", "مجددا", "مسبقا", "مثلا", "مطلقا", "معا", "مبدئيا", "مستقبلا", "مبكرا", "مباشرا", "مجانا", "مرارا", "مليا",
        // Adverbs and particles of the same shapes: وإنما "but rather", دائما "always".
        "إنما", "وإنما", "دائما", "ودائما", "طالما", "وطالما", "ربما", "وربما", "كلما", "وكلما", "وأيضا", "تماما", "غالبا",
        "عادة", "سابقا", "لاحقا", "حاليا",
    ];
}
