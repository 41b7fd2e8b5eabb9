using Marsad.Text;

namespace Marsad.Dates.Vocabulary;

/// <summary>Function words and nouns that open an expression without being in a vocabulary table:
/// <c>يوم 26 يوليو</c>, <c>شهر رمضان</c>, <c>الساعة العاشرة</c>, <c>قبل عامين</c>, <c>عام 2014</c>, <c>هذا العام</c>,
/// <c>القرن العشرين</c>, <c>العقد الأول من</c>, <c>النصف الثاني من</c>.</summary>
internal static class FunctionStarters
{
    private static readonly string[] Words =
    [
        "يوم", "شهر", "الساعة", "قبل", "عام", "العام", "سنة", "السنة", "هذا", "هذه", "القرن", "العقد",
        "النصف", "الربع", "الثلث", "الأسبوع", "الشهر", "الأيام", "الساعات",
    ];

    public static IEnumerable<string> FoldedWords => Words.Select(word => ArabicFolder.Fold(word));
}
