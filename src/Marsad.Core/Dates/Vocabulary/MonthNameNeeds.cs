namespace Marsad.Dates.Vocabulary;

/// <summary>How much context a month name needs before it is read as a month, because some are also words.</summary>
internal enum MonthNameNeeds
{
    /// <summary>Only a month: <c>يوليو</c>, <c>حزيران</c>, <c>ذو الحجة</c>.</summary>
    Nothing,

    /// <summary>Also a word or a name, but not after a temporal preposition: <c>مارس</c> (he practised), <c>رمضان</c>
    /// (a name), <c>نيسان</c> (a car): <c>في مارس</c>, <c>خلال رمضان</c> are months.</summary>
    Preposition,

    /// <summary>Mostly a word: <c>أب</c> (father), <c>رجب</c> and <c>محرم</c> (names), <c>صفر</c> (zero): a month only
    /// with a day, a year, <c>شهر</c>, <c>الماضي</c>/<c>المقبل</c> or a paired name.</summary>
    Anchor,
}
