using Marsad.Articles;

namespace Marsad.Tests;

/// <summary>
/// Articles whose every field carries markup and script: the web pages must show all of it as text. One of them
/// has an address-like id with slashes, as SaudiNewsNet's do.
/// </summary>
public static class HostileArticles
{
    public const string Title = "<script>alert('title')</script>عاجل <img src=x onerror=alert(1)> وزير الخارجية";
    public const string Outlet = "<b onmouseover=alert(3)>وكالة</b><script>alert('outlet')</script>";
    // Markup sits inside Arabic sentences: a line of markup alone is page clutter, which extraction drops.
    public const string Body = "نقلت الوكالة تفاصيل <iframe src=\"javascript:alert(2)\"></iframe> الاجتماع الوزاري في العاصمة أمس.\n\n" +
        "قال وزير الخارجية إن <script>document.body.innerHTML='pwned'</script> الاجتماع انتهى دون اتفاق حول السدود.\n\n" +
        "<a href=\"javascript:alert(5)\" onclick=\"alert(6)\">اضغط هنا</a> ثم تابع الأخبار المتعلقة بالسدود.";
    public const string ScriptUrl = "javascript:alert(document.cookie)";
    public const string SlashedId = "http://evil.example/news/\"><script>alert(7)</script>";

    /// <summary>A word of the hostile texts no seed has, to find them by search.</summary>
    public const string SearchWord = "السدود";

    public static IEnumerable<RawArticle> All() =>
    [
        new("hostile-1", "test", Text: Body, Title: Title, Url: ScriptUrl, Outlet: Outlet, Published: "2022-03-01T10:00:00"),
        new(SlashedId, "test", Text: Body + "\n\nنسخة ثانية بتفاصيل أخرى عن السدود والمياه والزراعة.", Title: Title + " ٢",
            Url: "  JaVaScRiPt:alert('url')", Outlet: Outlet, Published: "2022-03-02T10:00:00"),
    ];
}
