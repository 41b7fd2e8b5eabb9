using System.Security.Cryptography;
using System.Text;
using Marsad.Articles;
using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public sealed class InputHashTests
{
    /// <summary>
    /// Digests stored by earlier versions must still say "unchanged": the digest is SHA-256 over the version, the
    /// enrichment mark and every field with its length, joined as one string, whatever way it is computed now.
    /// </summary>
    [Fact]
    public void The_input_digest_is_the_one_earlier_versions_stored()
    {
        var raw = new RawArticle("seeds/002", "seeds/002.txt", Text: "الكاظمي: ملتزمون بإعادة جدولة انسحاب القوات\n\nنص «مقتبس»",
            Title: null, Published: "2020-11-18", Outlet: "Sputnik", Url: "https://example.com/a?b=1");
        var joined = new StringBuilder(ArticleAnalyzer.Version).Append('+').Append('\u001F');
        foreach (var field in new[] { raw.Text, raw.Html, raw.Title, raw.Url, raw.Outlet, raw.Published, raw.Fetched, raw.Author })
        {
            joined.Append(field?.Length ?? -1).Append(':').Append(field).Append('\u001F');
        }
        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(joined.ToString())))[..22];

        Assert.Equal(expected, ArticleAnalyzer.Default.Analyze(raw, out _)!.InputHash);
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
