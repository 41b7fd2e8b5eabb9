namespace Marsad.Sources.Vocabulary;

/// <summary>Words in a byline that name the kind of piece or a desk, not a person or a place.</summary>
internal static class BylineRoles
{
    public static IReadOnlyList<string> All { get; } =
    [
        "متابعة", "متابعات", "تحقيق", "كتب", "كتبت", "تصوير", "إعداد", "اعداد", "ترجمة", "تقرير", "حوار", "أجرى الحوار",
        "مكتب", "المحليات", "خاص", "زائر", "محرر", "المحرر", "قسم الأخبار", "ثقافة اليوم", "دنيا الرياضة", "الرياضة",
        "الاقتصاد", "خدمة", "مراسل", "مراسلنا", "فريق التحرير",
    ];
}
