namespace Marsad.Dates.Parsing;

/// <summary>The grammar's own function words, in folded form (folding turns إلى into الي and حتى into حتي).</summary>
internal static class ArabicWords
{
    public const string Day = "\u064A\u0648\u0645";                   // يوم
    public const string Month = "\u0634\u0647\u0631";                 // شهر
    public const string Year = "\u0639\u0627\u0645";                  // عام
    public const string TheYear = "\u0627\u0644\u0639\u0627\u0645";   // العام
    public const string Sana = "\u0633\u0646\u0647";                  // سنة
    public const string TheSana = "\u0627\u0644\u0633\u0646\u0647";   // السنة
    public const string Of = "\u0645\u0646";                          // من
    public const string And = "\u0648";                               // و
    public const string To = "\u0627\u0644\u064A";                    // إلى
    public const string Until = "\u062D\u062A\u064A";                 // حتى
    public const string Between = "\u0628\u064A\u0646";               // بين
    public const string Before = "\u0642\u0628\u0644";                // قبل
    public const string Hour = "\u0627\u0644\u0633\u0627\u0639\u0647"; // الساعة
    public const string Century = "\u0627\u0644\u0642\u0631\u0646";    // القرن
    public const string Decade = "\u0627\u0644\u0639\u0642\u062F";     // العقد
    public const string Tomorrow = "\u063A\u062F";                     // غد
    public const string TheTomorrow = "\u0627\u0644\u063A\u062F";      // الغد
    public const string Ten = "\u0639\u0634\u0631";                    // عشر
    public const string TenFeminine = "\u0639\u0634\u0631\u0647";      // عشرة
}
