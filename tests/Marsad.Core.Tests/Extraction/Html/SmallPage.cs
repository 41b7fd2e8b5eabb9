namespace Marsad.Tests.Extraction.Html;

/// <summary>A minimal Arabic news page around some markup, long enough for Readability to see an article.</summary>
internal static class SmallPage
{
    public const string Paragraph =
        "قال رئيس الوزراء العراقي مصطفى الكاظمي إن العراق لا يحتاج إلى قوات أمريكية قتالية، وإنما إلى مساعدة " +
        "تدريبية واستخبارية، وذلك في مقابلة أجراها قبل أيام من زيارته إلى واشنطن للقاء الرئيس الأمريكي.";

    public static string With(string markup, string title = "خبر") =>
        $"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>{title}</title></head>" +
        $"<body>{markup}<div class=\"story\"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>";
}
