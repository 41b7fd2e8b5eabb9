using System.IO.Hashing;
using System.Text;
using Marsad.Articles;
using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public sealed class InputHashTests
{
    /// <summary>
    /// The digest spelled out plainly: a 128-bit XXH3 over the build's version, the enrichment mark and every field,
    /// each as its length then its UTF-16 characters. Pinned so that a rewrite for speed cannot change what databases
    /// already hold from this build.
    /// </summary>
    [Fact]
    public void The_input_digest_is_XXH3_over_the_fields_each_after_its_length()
    {
        var raw = new RawArticle("seeds/002", "seeds/002.txt", Text: "الكاظمي: ملتزمون بإعادة جدولة انسحاب القوات\n\nنص «مقتبس»",
            Title: null, Published: "2020-11-18", Outlet: "Sputnik", Url: "https://example.com/a?b=1");
        var bytes = new List<byte>();
        foreach (var field in new[] { ArticleAnalyzer.Version, "+", raw.Text, raw.Html, raw.Title, raw.Url, raw.Outlet, raw.Published, raw.Fetched, raw.Author })
        {
            bytes.AddRange(BitConverter.GetBytes(field?.Length ?? -1));
            bytes.AddRange(Encoding.Unicode.GetBytes(field ?? string.Empty));
        }
        var expected = Convert.ToBase64String(XxHash128.Hash(bytes.ToArray()))[..22];

        Assert.Equal(expected, ArticleAnalyzer.Default.Analyze(raw, out _)!.InputHash);
    }

    [Fact]
    public void Characters_moved_from_one_field_to_the_next_change_the_digest()
    {
        var raw = new RawArticle("a", "a.txt", Text: "نص الخبر كما ورد", Title: "العنوان", Outlet: "سبق");
        var digest = ArticleAnalyzer.Default.Analyze(raw, out _)!.InputHash;

        Assert.NotEqual(digest, ArticleAnalyzer.Default.Analyze(raw with { Text = "نص الخبر كما", Title = " وردالعنوان" }, out _)!.InputHash);
    }

    [Fact]
    public void Any_changed_field_changes_the_digest()
    {
        var raw = new RawArticle("a", "a.txt", Text: "نص الخبر كما ورد في المصدر", Outlet: "سبق");
        var digest = ArticleAnalyzer.Default.Analyze(raw, out _)!.InputHash;
        Assert.NotEqual(digest, ArticleAnalyzer.Default.Analyze(raw with { Outlet = "سبق " }, out _)!.InputHash);
        Assert.NotEqual(digest, ArticleAnalyzer.WithoutEnrichment.Analyze(raw, out _)!.InputHash);
    }
}
