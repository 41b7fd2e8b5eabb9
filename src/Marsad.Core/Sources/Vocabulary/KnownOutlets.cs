namespace Marsad.Sources.Vocabulary;

/// <summary>
/// Outlets Marsad knows by name: the Arabic name to show, then the forms that identify it (web hosts, SaudiNewsNet's
/// source ids, the names it signs with). Unknown outlets are shown as their host. Data: extend freely.
/// </summary>
internal static class KnownOutlets
{
    public static IReadOnlyList<(string Name, string[] Aliases)> All { get; } =
    [
        ("الشرق الأوسط", ["aawsat", "aawsat.com", "الشرق الأوسط أونلاين"]),
        ("الرياض", ["alriyadh", "alriyadh.com", "الرياض الإلكتروني"]),
        ("الجزيرة (السعودية)", ["aljazirah", "al-jazirah.com"]),
        ("اليوم", ["alyaum", "alyaum.com"]),
        ("الاقتصادية", ["aleqtisadiya", "aleqt.com", "الاقتصادية الإلكترونية"]),
        ("عكاظ", ["okaz", "okaz.com.sa"]),
        ("الوئام", ["alweeam", "alweeam.com.sa"]),
        ("عين اليوم", ["3alyoum", "3alyoum.com"]),
        ("الوطن", ["alwatan", "alwatan.com.sa"]),
        ("المدينة", ["almadina", "al-madina.com"]),
        ("سبق", ["sabq", "sabq.org"]),
        ("الرياضي", ["arreyadi", "arreyadi.com.sa"]),
        ("الجزيرة نت", ["aljazeera.net"]),
        ("العربية", ["alarabiya.net"]),
        ("الحدث", ["alhadath.net"]),
        ("سكاي نيوز عربية", ["skynewsarabia.com"]),
        ("بي بي سي عربي", ["bbc.com/arabic", "bbcarabic.com"]),
        ("سي إن إن بالعربية", ["arabic.cnn.com"]),
        ("فرانس 24", ["france24.com"]),
        ("سبوتنيك", ["sputniknews.com", "arabic.sputniknews.com", "sputnikarabic.ae", "Sputnik"]),
        ("روسيا اليوم", ["arabic.rt.com", "RT Arabic"]),
        ("الخليج الجديد", ["thenewkhalij.news", "thenewkhalij.org"]),
        ("العربي الجديد", ["alaraby.co.uk"]),
        ("العرب", ["alarab.co.uk"]),
        ("القدس العربي", ["alquds.co.uk"]),
        ("اندبندنت عربية", ["independentarabia.com"]),
        ("اليوم السابع", ["youm7.com"]),
        ("الأهرام", ["ahram.org.eg"]),
        ("المصري اليوم", ["almasryalyoum.com"]),
        ("الشروق", ["shorouknews.com"]),
        ("أخبار اليوم", ["akhbarelyom.com"]),
        ("البيان", ["albayan.ae"]),
        ("الخليج", ["alkhaleej.ae"]),
        ("الاتحاد", ["alittihad.ae"]),
        ("القبس", ["alqabas.com"]),
        ("الراي", ["alraimedia.com"]),
        ("النهار", ["annahar.com"]),
        ("الأخبار", ["al-akhbar.com"]),
        ("المدن", ["almodon.com"]),
        ("الغد", ["alghad.com"]),
        ("الصباح", ["assabah.com.tn"]),
        ("هسبريس", ["hespress.com"]),
        ("الشروق الجزائرية", ["echoroukonline.com"]),
        ("السومرية نيوز", ["alsumaria.tv"]),
        ("شفق نيوز", ["shafaq.com"]),
        ("LBC", ["lbcgroup.tv"]),
    ];
}
