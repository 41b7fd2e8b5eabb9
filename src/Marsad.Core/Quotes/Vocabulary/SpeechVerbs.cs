namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// The verbs of saying that attach a quotation to a speaker. A joined و or ف is peeled off when looking a word
/// up (وقال، فأضاف). Data: extend freely; a form that is also a frequent other word must be clause-initial only.
/// </summary>
internal static class SpeechVerbs
{
    public static IReadOnlyList<SpeechVerb> All { get; } =
    [
        new("قال قالت قالوا قالا يقول تقول يقولون", "قائلا قائلة قائلين", CueUse.Both),
        new("أكد أكدت أكدوا أكدا أكدتا يؤكد تؤكد يؤكدون", "مؤكدا مؤكدة مؤكدين مؤكدات", CueUse.Both),
        new("أضاف أضافت أضافوا يضيف تضيف يضيفون", "مضيفا مضيفة مضيفين", CueUse.Both),
        new("أوضح أوضحت أوضحوا يوضح توضح يوضحون", "موضحا موضحة موضحين", CueUse.Both),
        new("أشار أشارت أشاروا يشير تشير يشيرون", "مشيرا مشيرة مشيرين مشيرات", CueUse.Both),
        new("شدد شددت شددوا يشدد تشدد يشددون", "مشددا مشددة مشددين", CueUse.Both),
        new("أعلن أعلنت أعلنوا يعلن تعلن يعلنون", "معلنا معلنة", CueUse.Both),
        new("ذكر ذكرت ذكروا يذكر تذكر يذكرون", "ذاكرا ذاكرة", CueUse.Both),
        new("لفت لفتت لفتوا يلفت تلفت", "لافتا لافتة لافتين", CueUse.Both),
        new("كشف كشفت كشفوا يكشف تكشف", "كاشفا كاشفة", CueUse.Both),
        // وأورد التقرير أن، أوردت الوكالة أن: a report or an outlet passing on what it carries.
        new("أورد أوردت يورد تورد", "", CueUse.Both),
        new("أفاد أفادت أفادوا يفيد تفيد يفيدون", "مفيدا مفيدة", CueUse.Both),
        new("نبه نبهت ينبه تنبه", "منبها منبهة", CueUse.Both),
        new("صرح صرحت صرحوا يصرح تصرح", "مصرحا مصرحة", CueUse.Both),
        new("نوه نوهت ينوه تنوه", "منوها منوهة", CueUse.Both),
        new("أردف أردفت يردف", "مردفا مردفة", CueUse.Both),
        new("استدرك استدركت يستدرك", "مستدركا مستدركة", CueUse.Both),
        new("حذر حذرت حذروا يحذر تحذر", "محذرا محذرة", CueUse.Both),
        new("كتب كتبت كتبوا كتبها كتبه يكتب", "", CueUse.Both),
        new("غرد غردت يغرد", "مغردا", CueUse.Both),
        new("أبان أبانت", "", CueUse.Both),
        // تحدث لوسائل الإعلام بأن، وتحدثت الصحيفة عن أن: what is told after أن is reported; تحدث عن alone quotes nothing.
        new("تحدث تحدثت يتحدث", "متحدثا متحدثة", CueUse.Both),
        // Forms that are also "between", "followed", "considered/counted": only at the head of a clause.
        new("بين بينت بينوا يبين تبين", "مبينا مبينة", CueUse.Both, ClauseInitialOnly: true),
        new("تابع تابعت", "متابعا", CueUse.Both, ClauseInitialOnly: true),
        new("عد عدت", "عادا", CueUse.Reported, ClauseInitialOnly: true),
        // عبر الملك عن قناعته بأن: also "via" (عبر الهاتف).
        new("عبر عبرت", "", CueUse.Reported, ClauseInitialOnly: true),
        // Verbs of stating a view or a claim: reported content only.
        // Not يعتبر: news writes it passive, "is considered" (المعقل يعتبر قاعدة لداعش).
        new("اعتبر اعتبرت اعتبروا", "معتبرا معتبرة", CueUse.Reported),
        // Reported only: وصف الحادث بالمؤسف and وصفته بـ«لصوص» name something, وصف التصريحات بأنها reports.
        new("وصف وصفت وصفوا يصف تصف", "واصفا واصفة واصفين", CueUse.Reported),
        new("رأى رأت رأوا يرى ترى يرون ارتأى ارتأت ارتأوا", "", CueUse.Reported),
        new("أصر أصرت أصروا يصر تصر يصرون", "مصرا مصرة", CueUse.Reported),
        new("عزا عزت يعزو", "عازيا", CueUse.Reported),
        new("خلص خلصت يخلص تخلص", "", CueUse.Reported),
        new("نفى نفت نفوا ينفي تنفي ينفون", "نافيا نافية", CueUse.Reported),
        new("زعم زعمت زعموا يزعم تزعم يزعمون", "زاعما", CueUse.Reported),
        new("ادعى ادعت يدعي", "مدعيا", CueUse.Reported),
        new("اعترف اعترفت يعترف أقر أقرت يقر", "معترفا مقرا", CueUse.Reported),
        new("أبلغ أبلغت أبلغوا أخبر أخبرت", "", CueUse.Reported),
        // Verbs of expecting and ruling out: not the present form يتوقع, which news also writes passive (ويتوقع أن يصل);
        // تتوقع and يتوقعون have their subject (وتتوقع الميزانية أن، يتوقع المتابعون: يتوقعون).
        new("توقع توقعت توقعوا تتوقع يتوقعون", "متوقعا متوقعة", CueUse.Reported),
        new("استبعد استبعدت استبعدوا", "مستبعدا مستبعدة", CueUse.Reported),
        // Not the present يرجح، يخشى، تعتقد: news writes them passive or of a pronoun (ويرجح أن يكون، وهي تعتقد أنها).
        new("رجح رجحت رجحوا", "مرجحا مرجحة", CueUse.Reported),
        new("ألمح ألمحت ألمحوا يلمح تلمح", "ملمحا ملمحة", CueUse.Reported),
        new("أجمع أجمعت أجمعوا", "", CueUse.Reported),
        new("يخشون", "", CueUse.Reported),
        new("جادل جادلت يجادل", "مجادلا", CueUse.Reported),
        new("يعتقدون", "", CueUse.Reported),
        // Verbs that introduce words (quote marks, a colon) but not a reported clause.
        new("أعرب أعربت يعرب", "معربا معربة", CueUse.Words),
        new("أشاد أشادت يشيد", "مشيدا مشيدة", CueUse.Words),
        new("تساءل تساءلت يتساءل", "متسائلا متسائلة", CueUse.Words),
        new("أجاب أجابت يجيب", "مجيبا", CueUse.Words),
        new("علق علقت يعلق", "معلقا", CueUse.Words),
        new("ختم ختمت اختتم اختتمت يختم يختتم", "مختتما", CueUse.Words),
        // Not يواصل: in news the present form tells what someone goes on doing (يواصل علاجه), not saying.
        new("واصل واصلت", "", CueUse.Words),
        new("استشهد استشهدت", "مستشهدا مستشهدة", CueUse.Words),
        new("زاد", "", CueUse.Words, ClauseInitialOnly: true),
    ];
}
