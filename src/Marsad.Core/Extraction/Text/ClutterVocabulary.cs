using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Extraction.Text;

/// <summary>
/// The words of page furniture that survive copy-and-paste from news sites: widget labels, the markers after
/// which only "related" lists and keywords follow, font controls, photo credits. Written as they appear;
/// matched folded. Data, not logic: extend freely.
/// </summary>
internal static class ClutterVocabulary
{
    /// <summary>Lines that are only a widget's label.</summary>
    public static readonly FrozenSet<string> WidgetLines = Fold(
        "مناقشة", "كاريكاتير", "إستطلاعات الرأي", "استطلاعات الرأي", "استطلاع الرأي", "المساهمون", "تعليقات",
        "التعليقات", "أضف تعليق", "أضف تعليقك", "شارك", "شارك الخبر", "شارك المقال", "مشاركة", "طباعة", "إرسال",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "المزيد", "الأكثر قراءة", "الأكثر مشاهدة",
        "الأكثر تعليقا", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "أخبار متعلقة", "كلمات مفتاحية",
        "الكلمات المفتاحية", "الوسوم", "وسوم", "تابعونا", "تابعنا", "شاهد أيضا", "شاهد أيضاً", "فيديو", "صور",
        "next previous", "previous next", "share", "tweet", "print", "email", "advertisement", "إعلان", "اعلان",
        "رابط مختصر", "الرابط المختصر", "نسخ الرابط", "حفظ", "المصدر");

    /// <summary>Labels after which a page holds only related links, keywords and widgets.</summary>
    public static readonly FrozenSet<string> TailMarkers = Fold(
        "كلمات مفتاحية", "الكلمات المفتاحية", "الوسوم", "وسوم", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة",
        "أخبار متعلقة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تعليقا", "كاريكاتير", "إستطلاعات الرأي",
        "استطلاعات الرأي", "التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقك", "المساهمون", "مناقشة", "شاهد أيضا",
        "شاهد أيضاً");

    /// <summary>Font-size controls: <c>+ الخط -</c>, <c>حجم الخط</c>, <c>A A</c>.</summary>
    public static readonly FrozenSet<string> FontControls = Fold(
        "الخط", "حجم الخط", "تكبير الخط", "تصغير الخط", "a a", "a a a", "تكبير تصغير", "تصغير تكبير");

    /// <summary>Photo and video credits that end a caption, in parentheses or after a dash.</summary>
    public static readonly FrozenSet<string> PhotoCredits = Fold(
        "getty", "getty images", "afp", "ap", "reuters", "epa", "أ ف ب", "ا ف ب", "رويترز", "أ ب", "ا ب",
        "الأناضول", "الاناضول", "وكالات", "إرشيفية", "أرشيفية", "ارشيفية", "أرشيف", "الأرشيف", "تويتر", "فيسبوك",
        "متداولة", "مواقع التواصل", "إنترنت", "الإنترنت", "واس", "د ب أ", "شينخوا", "الفرنسية", "فرانس برس");

    /// <summary>Verbs that open a news lead; a caption glued to the first sentence ends right before one.</summary>
    public static readonly FrozenSet<string> LeadVerbs = Fold(
        "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "كشف", "كشفت", "أفاد", "أفادت", "ذكر", "ذكرت", "أوضح",
        "أوضحت", "اعتبر", "اعتبرت", "طالب", "طالبت", "دعا", "دعت", "نفى", "نفت", "حذر", "حذرت", "رحب", "رحبت",
        "شدد", "شددت", "أشار", "أشارت", "وصل", "وصلت", "التقى", "التقت", "استقبل", "استقبلت", "بحث", "بحثت",
        "وقع", "وقعت", "أصدر", "أصدرت", "قرر", "قررت", "أعربت", "أعرب", "تسلم", "تسلمت", "افتتح", "افتتحت");

    /// <summary>The longest folded widget label, tail marker or font control.</summary>
    public static readonly int LongestLine = WidgetLines.Concat(TailMarkers).Concat(FontControls).Max(line => line.Length);

    private static FrozenSet<string> Fold(params string[] words) =>
        words.Select(ArabicFolder.FoldText).ToFrozenSet(StringComparer.Ordinal);
}
