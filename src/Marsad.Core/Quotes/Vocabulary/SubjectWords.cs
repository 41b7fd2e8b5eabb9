namespace Marsad.Quotes.Vocabulary;

/// <summary>The small words around a cue's subject: what ends it, what stands for it, what joins a name's parts.</summary>
internal static class SubjectWords
{
    /// <summary>
    /// Words that end a subject: prepositions and adverbs that open a circumstance (في مقابلة، خلال لقاء، لدى
    /// استقباله، على هامش), times (أمس، اليوم، مساء الأحد), conjunctions and relative pronouns.
    /// </summary>
    public static IReadOnlyList<string> Stoppers { get; } =
    [
        "في", "فى", "خلال", "أثناء", "اثناء", "عقب", "بعد", "قبل", "لدى", "أمام", "عبر", "على", "عن", "من", "إلى", "الى", "مع",
        "حول", "ضمن", "بين", "نحو", "منذ", "حتى", "إثر", "عند", "وسط", "برفقة", "بحضور", "بمناسبة", "نيابة", "أمس", "اليوم",
        "غدا", "الليلة", "البارحة", "صباح", "مساء", "عصر", "ظهر", "فجر", "ليل", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
        "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "يوم", "الذي", "التي", "الذين", "اللذين", "وهو", "وهي", "هو", "هي",
        "حيث", "إذ", "كما", "لكن", "ولكن", "و", "أو", "أن", "إن", "ان", "بأن", "أنه", "إنه", "ما", "لا", "لم", "لن", "قد", "وقد",
        "كلمة", "تصريح", "تصريحات", "بيانا", "حديث", "حوار", "مقابلة", "تغريدة", "تدوينة", "برقية", "رسالة", "مؤتمر", "اتصال",
        "بدوره", "بدورها", "بنفسه", "أيضا", "كذلك", "أنها", "إليه", "إليها", "عليه", "عليها", "له", "لها", "لهم", "به", "بها",
        "فيه", "فيها", "منه", "منها", "عنه", "عنها", "عنهم", "نيابةً", "إنها", "بأن",
        // Because: وأضاف لأن الاتفاق سيضع إيران «...»: the reason the speaker gives, never who speaks.
        "لأن", "لأنه", "لأنها", "لأنهم", "ولأن",
        // Times that stand between a verb and its content: أعلن الشهر الماضي أنه.
        "الشهر", "الأسبوع", "الاسبوع", "السنة", "العام الماضي", "هناك", "هنا",
        // Adverbs of time after a subject: جادل البابا أخيرا بأن، قال الوزير مؤخرا إن.
        "أخيرا", "مؤخرا", "سابقا", "لاحقا", "مجددا", "حاليا",
        // The part of a month after a subject: غرد وزير التعليم أواخر شهر رمضان بأن.
        "أواخر", "أوائل",
        // لـ(اليوم): "told the paper", written apart.
        "ل", "لـ",
        // Attributions: سالم كبيش وفق ما بثته الوكالة.
        "وفق", "وفقا", "حسب", "بحسب", "طبقا",
        // Blessings written after a name: علقمة رضي الله عنه، النبي صلى الله عليه وسلم.
        "رضي", "رحمه", "رحمها", "رحمهما", "رحمهم", "صلى",
        // A circumstance joined by و: وقال المتحدث باسم الوزارة وفي استجابة لطلب الوكالة، إن (not وعلى, which folds like
        // وعلي, a name after another).
        "وفي", "وفى", "وخلال", "وأثناء", "وبعد", "وقبل", "ولدى", "وأمام", "وعبر", "ومع", "وحول", "ومنذ", "وعند", "وإثر", "وعقب",
        // An age after a name: وقال الأفغاني رضا البالغ العشرين من العمر.
        "البالغ", "البالغة", "البالغين",
    ];

    /// <summary>
    /// قال تعالى، قال عز وجل، يقول سبحانه: words that stand for God after a verb of saying, in columns and sermons that
    /// quote the Quran; the speaker is الله.
    /// </summary>
    public static IReadOnlyList<string> GodsEpithets { get; } = ["تعالى", "سبحانه", "عز", "جل"];

    /// <summary>
    /// Occasions and documents that a في or على opens after a title (الناطق باسم الجيش في بيان، على هامش): the title is
    /// over. Other words after في stay in the title (عضو لجنة الأمن في البرلمان العراقي).
    /// </summary>
    public static IReadOnlyList<string> Occasions { get; } =
    [
        "مؤتمر", "المؤتمر", "اجتماع", "الاجتماع", "لقاء", "اللقاء", "حفل", "الحفل", "كلمة", "الكلمة", "خطبة", "الخطبة", "حديث",
        "الحديث", "حوار", "الحوار", "مقابلة", "المقابلة", "تصريح", "تصريحات", "التصريح", "بيان", "البيان", "تغريدة", "ندوة",
        "الندوة", "محاضرة", "المحاضرة", "جلسة", "الجلسة", "زيارة", "الزيارة", "ختام", "افتتاح", "نهاية", "بداية", "مستهل",
        "إطار", "الإطار", "رد", "ردا", "هامش", "صفحته", "حسابه", "موقع", "تقرير", "التقرير", "رسالة", "برقية", "اتصال",
    ];

    /// <summary>Honorific pronouns: they stand for a dignitary, a person, never for a body (قال معاليه، وأكد سموه).</summary>
    public static IReadOnlyList<string> Honorifics { get; } =
        ["سموه", "سموها", "فضيلته", "سماحته", "معاليه", "سعادته", "فخامته", "دولته"];

    /// <summary>Pronouns and honorific pronouns that stand for the speaker already speaking: لكنه أكد، وأكد فضيلته.</summary>
    public static IReadOnlyList<string> Pronouns { get; } =
    [
        "هو", "هي", "وهو", "وهي", "هم", "وهم", "سموه", "سموها", "فضيلته", "سماحته", "معاليه", "سعادته", "فخامته", "دولته", "لكنه", "لكنها",
        "ولكنه", "ولكنها", "أنه", "أنها", "إنه", "إنها", "بدوره", "بدورها", "وبدوره", "وبدورها",
    ];

    /// <summary>A preposition with a pronoun between a verb of saying and its subject: قال عنه، قالت لها، نيابة عنهم.</summary>
    public static IReadOnlyList<string> Addressees { get; } =
    [
        "له", "لها", "لهم", "لنا", "لي", "عنه", "عنها", "عنهم", "عنا", "إليه", "إليها", "إليهم", "إلينا", "لهما", "عنهما",
    ];

    /// <summary>
    /// The media a speaker talks to, written after the speaker with ل (مصادر بالقوات لوكالة الأنباء الألمانية، مسؤول
    /// لصحيفة الحياة، للقناة): whom the words were said to, no part of the speaker.
    /// </summary>
    public static IReadOnlyList<string> Media { get; } =
    [
        "وكالة", "الوكالة", "صحيفة", "الصحيفة", "جريدة", "الجريدة", "قناة", "القناة", "مجلة", "المجلة", "موقع", "الموقع",
        "تلفزيون", "التلفزيون", "إذاعة", "الإذاعة", "شبكة", "الصحفيين", "الصحافيين", "الصحافة", "وسائل", "برنامج",
    ];

    /// <summary>Words that join the parts of a name: بن، ابن، بنت، آل، أبو، عبد (عبد الله written apart).</summary>
    public static IReadOnlyList<string> NameLinks { get; } = ["بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي", "عبد", "ابو"];

    /// <summary>Words that head a clause before a verb without being its subject: كان، قد، من جهته.</summary>
    public static IReadOnlyList<string> ClauseLeads { get; } =
    [
        "كان", "كانت", "كانوا", "قد", "وقد", "لقد", "كما", "ثم", "بعدها", "إلى", "ذلك", "من", "جهته", "جهتها", "جانبه",
        "جانبها", "جهتهم", "جانبهم", "بدوره", "بدورها", "وفي", "في", "السياق", "ذات", "هذا", "الإطار", "حين", "حينها", "بيد", "هذه", "تلك",
        "لكن", "ولكن", "إلا", "غير", "بينما", "فيما", "حيث", "إذ", "عندما", "وعندما", "كذلك", "أيضا", "هناك", "وهناك",
        "حسبما", "وحسبما", "مثلما", "كلما", "طالما",
        // بل العكس أكد أنها: بل turns the clause; the subject stands after it.
        "بل",
        // ومضت تقول إن: "went on" before the verb of saying, whose speaker is the one speaking before.
        "مضى", "مضت",
    ];

    /// <summary>Subjects that are evidence, not speakers: بينت الاختبارات أن is no quotation.</summary>
    public static IReadOnlyList<string> NonSpeakers { get; } =
    [
        "الاختبارات", "التحاليل", "النتائج", "الأرقام", "الإحصاءات", "الإحصائيات", "المؤشرات", "الصور", "التجارب", "الفحوصات",
        "البيانات", "الأبحاث", "الوقائع", "الأحداث", "التطورات", "المعطيات", "الأدلة", "التحقيقات", "ما", "مما", "بما", "وهو",
        // Sayings have no speaker: هناك مقولة شهيرة تقول.
        "مقولة", "المقولة", "عبارة", "العبارة", "حكمة", "الحكمة", "المثل",
        // Nor do placards, whoever holds them: طاولة تحمل لافتة تقول: «الصين قبلت استسلام اليابان».
        "لافتة", "اللافتة", "لافتات", "اللافتات",
        // Nor do a song's words, quoted as lyrics: وتقول كلمات الأغنية:
        "كلمات", "الأغنية", "أغنية",
        // The object of لفت in "drew attention": ولفت نظر إدارتي الهلال والنصر إلى أن.
        "نظر", "النظر", "انتباه", "الانتباه",
    ];
}
