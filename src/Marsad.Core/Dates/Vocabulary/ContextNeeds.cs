namespace Marsad.Dates.Vocabulary;

/// <summary>How much context a month or season name needs before it is read as a time, because some are also
/// words or names.</summary>
internal enum ContextNeeds
{
    /// <summary>Only a time: <c>يوليو</c>, <c>حزيران</c>, <c>ذو الحجة</c>, <c>الصيف</c>.</summary>
    Nothing,

    /// <summary>Also a word or a name, but not after a temporal preposition: <c>مارس</c> (he practised), <c>رمضان</c>
    /// and <c>الربيع</c> (names), <c>نيسان</c> (a car): <c>في مارس</c>, <c>خلال رمضان</c>, <c>في الربيع</c> are times.</summary>
    Preposition,

    /// <summary>Mostly a word: <c>أب</c> (father), <c>رجب</c> and <c>محرم</c> (names), <c>صفر</c> (zero), <c>ربيع</c>
    /// (a name): a time only with a day, a year, <c>شهر</c> or <c>فصل</c>, <c>الماضي</c>/<c>المقبل</c> or a paired name.</summary>
    Anchor,
}
