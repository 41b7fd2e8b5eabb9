namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// أن and إن (also ان, بأن) with or without a pronoun suffix (أنه، إنها، أنهم، أننا): the word after which reported
/// content starts. The whole word stays out of the quotation, so أكد أنه سيعمل gives «سيعمل». In folded form:
/// alef forms are one letter, so أن، إن and ان are the same key.
/// </summary>
internal static class Complementizers
{
    public static IReadOnlyList<string> All { get; } =
    [
        "أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أنني", "أنك", "أنكم",
        "بأن", "بأنه", "بأنها", "بأنهم", "بأننا",
    ];

    /// <summary>
    /// Words that make a following أن something else than reported speech: a conjunction (بعد أن، إلا أن، رغم أن),
    /// a modal or a noun of necessity (يجب أن، ضرورة أن), a future expectation (من المتوقع أن).
    /// </summary>
    public static IReadOnlyList<string> Blockers { get; } =
    [
        "بعد", "قبل", "دون", "بدون", "رغم", "برغم", "منذ", "حتى", "لو", "ولو", "كما", "مع", "غير", "بيد", "إلا", "حيث", "إذ",
        "عسى", "لكي", "كي", "ضرورة", "أهمية", "بضرورة", "بأهمية", "يجب", "ينبغي", "يمكن", "لابد", "شأن", "إمكانية", "احتمال",
        "المتوقع", "المقرر", "المنتظر", "المفترض", "المرجح", "المحتمل", "المعروف", "الطبيعي", "الممكن", "بعدما", "ريثما",
        "وبعد", "وقبل", "ورغم", "وحتى", "إلى حين", "لحين", "يريد", "تريد", "أراد", "نريد", "يستطيع", "تستطيع", "حين", "وقت", "بمجرد",
    ];

    /// <summary>
    /// Clause openers that report nobody: the writer's asides (يذكر أن، يشار إلى أن، تجدر الإشارة إلى أن). A cue word
    /// written this way at the head of a clause is not a speaker's.
    /// </summary>
    public static IReadOnlyList<string> ImpersonalOpeners { get; } = ["يذكر", "ويذكر", "يشار", "ويشار", "تجدر", "وتجدر", "الجدير"];
}
