using Marsad.Search;
using Marsad.Tests.Support;
using Marsad.Text;

namespace Marsad.Tests.Search;

/// <summary>The spelling variants search joins (and the ones it keeps apart), from <c>Examples/search/variants.md</c>.</summary>
public sealed class SearchVariantTests
{
    private const string Table = "search/variants.md";

    public static IEnumerable<object[]> Rows() => MarkdownTable.Read(Table).Select(row => new object[] { $"{row["query"]} → {row["text"]}" });

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_query_word_finds_the_written_forms_the_table_says(string pair)
    {
        var row = MarkdownTable.Read(Table).Single(r => $"{r["query"]} → {r["text"]}" == pair);
        var terms = SearchTerms.Parse(row["query"], MatchKeyAnalyzer.Default);
        var written = Assert.Single(MatchKeyAnalyzer.Default.Analyze(row["text"]));
        var expected = Enum.Parse<MatchKind>(row["match"], ignoreCase: true);
        Assert.True(expected == terms.Match(written.Key, out _), $"{row.File}:{row.Line}: {pair} should be {expected}");
    }

    [Fact]
    public void Loose_keys_are_only_for_Arabic_stems_with_enough_consonants()
    {
        Assert.Equal("امرك", LooseKey.Of("امريك"));
        Assert.Null(LooseKey.Of("سعود"));
        Assert.Null(LooseKey.Of("2021"));
        Assert.Null(LooseKey.Of("biden"));
    }

    [Fact]
    public void Stopwords_are_set_aside_and_repeated_words_count_once()
    {
        var terms = SearchTerms.Parse("في الأمريكية من أمريكية", MatchKeyAnalyzer.Default);
        Assert.Equal(["الأمريكية"], terms.Terms.Select(t => t.Word));
        Assert.Equal(["في", "من"], terms.Ignored);
    }

    [Fact]
    public void An_empty_or_punctuation_only_query_has_no_terms()
    {
        Assert.True(SearchTerms.Parse(null, MatchKeyAnalyzer.Default).IsEmpty);
        Assert.True(SearchTerms.Parse("  «» ... ", MatchKeyAnalyzer.Default).IsEmpty);
    }

    [Fact]
    public void Search_documents_hold_keys_and_leave_stopwords_out()
    {
        var document = SearchDocument.Build("الكاظمي في واشنطن", "قال الكاظمي إن القوات الأميركية ستغادر", MatchKeyAnalyzer.Default);
        Assert.DoesNotContain("في", document.TitleKeys.Split(' '));
        Assert.Contains(MatchKeyAnalyzer.Default.Key("الأميركية"), document.TextKeys.Split(' '));
        Assert.Contains("امرك", document.LooseKeys.Split(' '));
    }
}
