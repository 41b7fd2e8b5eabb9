using Marsad.Search;
using Marsad.Text;

namespace Marsad.Tests.Search;

public sealed class SearchDocumentTests
{
    private static readonly MatchKeyAnalyzer Analyzer = MatchKeyAnalyzer.Default;

    [Fact]
    public void Keys_are_the_words_match_keys_in_order_without_stopwords()
    {
        var document = SearchDocument.Build("الكاظمي في واشنطن", "قال الكاظمي إن القوات ستنسحب", Analyzer);

        Assert.Equal(string.Join(' ', Keys("الكاظمي واشنطن")), document.TitleKeys);
        Assert.Equal(string.Join(' ', Keys("قال الكاظمي القوات ستنسحب")), document.TextKeys);
    }

    [Fact]
    public void A_document_owes_nothing_to_the_one_built_before_it()
    {
        // Each thread's builders are reused from one article to the next.
        var first = SearchDocument.Build("الكاظمي في واشنطن", "قال الكاظمي إن القوات الأمريكية ستنسحب من العراق", Analyzer);
        var other = SearchDocument.Build("قمة الرياض", "اختتمت القمة أعمالها", Analyzer);
        var again = SearchDocument.Build("الكاظمي في واشنطن", "قال الكاظمي إن القوات الأمريكية ستنسحب من العراق", Analyzer);

        Assert.Equal(first, again);
        Assert.DoesNotContain(Keys("الكاظمي").Single(), other.TitleKeys + other.TextKeys + other.LooseKeys, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Keys(string text) =>
        Analyzer.Analyze(text).Where(t => !t.IsStopword).Select(t => t.Key);
}
