namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// Speech acts that introduce no quotation of their own but say who is now speaking, so that a later وأضاف or
/// وقال إن takes their subject (ألقى الشيخ فلان كلمة ... وأوضح أن; دعا، رحب، هنأ). They also end an earlier cue's
/// reach: a أن after دعا belongs to دعا, not to a قال before it. Forms that fold like a common word are left out
/// (هنأ folds to هنا "here"); so is نقل "passed on": نقلت عنه الوكالة قوله is still his word.
/// </summary>
internal static class SpeakerSetters
{
    public static IReadOnlyList<string> Verbs { get; } =
    [
        "ألقى", "ألقت", "ألقاها", "ألقاه", "أدلى", "أدلت", "دعا", "دعت", "يدعو", "تدعو", "طالب", "طالبت", "يطالب", "حث", "حثت",
        "ناشد", "ناشدت", "رحب", "رحبت", "ثمن", "ثمنت", "شكر", "شكرت", "أبدى", "أبدت", "أوصى",
        "رفض", "رفضت", "انتقد", "انتقدت", "استعرض", "استعرضت",
    ];

    public static IReadOnlyList<string> Participles { get; } =
    [
        "داعيا", "داعية", "مطالبا", "مطالبة", "حاثا", "مناشدا", "مرحبا", "مهنئا", "مثمنا", "مثمنة", "شاكرا", "مبديا", "رافضا",
        "منتقدا", "سائلا", "سائلة", "حامدا", "متمنيا", "متمنية", "راجيا", "آملا", "مستعرضا", "مباركا", "مقدما", "منتظرا",
    ];
}
