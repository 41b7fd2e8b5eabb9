using Marsad.Articles;
using Marsad.Input;
using Marsad.Search;
using Marsad.Storage.Reading;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests;

/// <summary>Search over a real database: spelling variants, ranking, filters, paging, and an index kept in step.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static List<string> Seeds(SearchResults results) => results.Hits.Select(h => h.Article.Id[..3]).Order().ToList();

    [Fact]
    public void The_american_spelled_one_way_finds_the_seeds_that_spell_it_the_other()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var results = fixture.Search().Search(new SearchQuery("الأمريكية"));
        // 002, 003 and 004 only write الأميركية (EXPECTED.md: أمريكية and أميركية are the same thing).
        Assert.Equal(["000", "001", "002", "003", "004"], Seeds(results));
        Assert.Equal(5, results.Total);
        var variantOnly = results.Hits.Single(h => h.Article.Id.StartsWith("002", StringComparison.Ordinal));
        Assert.Equal(MatchKind.Variant, variantOnly.Match);
        Assert.Contains(variantOnly.Snippet.Highlights, h => variantOnly.Snippet.Text[h.Start..h.End].Contains("الأميركي", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_matching_as_written_come_before_those_matching_a_variant()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var hits = fixture.Search().Search(new SearchQuery("الأمريكية")).Hits;
        var firstVariant = hits.ToList().FindIndex(h => h.Match == MatchKind.Variant);
        Assert.True(firstVariant > 0, "some hits match as written");
        Assert.All(hits.Take(firstVariant), h => Assert.Equal(MatchKind.Exact, h.Match));
        Assert.All(hits.Skip(firstVariant), h => Assert.Equal(MatchKind.Variant, h.Match));
    }

    [Fact]
    public void Every_word_must_match_and_snippets_are_display_text()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var search = fixture.Search();
        // 004 names Biden but not the White House (its caption was clutter); 000 and 001 name both.
        var results = search.Search(new SearchQuery("بايدن البيت الأبيض"));
        Assert.Equal(["000", "001"], Seeds(results));
        Assert.Contains("004", Seeds(search.Search(new SearchQuery("بايدن"))));
        var reader = fixture.Reader();
        foreach (var hit in results.Hits)
        {
            Assert.Contains(hit.Snippet.Text, reader.Article(hit.Article.Id)!.Text, StringComparison.Ordinal);
            Assert.Equal(hit.Article.Title, hit.Title.Text);
        }
        Assert.Empty(search.Search(new SearchQuery("بايدن كنغر")).Hits);
    }

    [Fact]
    public void Filters_narrow_by_outlet_and_by_day()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var search = fixture.Search();
        Assert.Equal(["001"], Seeds(search.Search(new SearchQuery("الكاظمي", Outlet: "الخليج الجديد"))));
        Assert.Equal(["002"], Seeds(search.Search(new SearchQuery("الكاظمي", To: new DateOnly(2020, 12, 31)))));
        Assert.Equal(["000", "001", "004"], Seeds(search.Search(new SearchQuery("الكاظمي", From: new DateOnly(2021, 7, 25), To: new DateOnly(2021, 7, 27)))));
        Assert.Equal(["004"], Seeds(search.Search(new SearchQuery("الكاظمي", From: new DateOnly(2021, 7, 26)))));
        Assert.Equal(["000", "001", "002", "003", "004"], Seeds(search.Search(new SearchQuery(null, Limit: 10))));
        Assert.Contains(search.Outlets(), o => o.Name == "Sputnik" && o.ArticleCount == 1);
    }

    [Fact]
    public void Without_words_the_filtered_articles_come_newest_first()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var results = fixture.Search().Search(new SearchQuery(""));
        Assert.Equal(5, results.Total);
        Assert.Equal("004", results.Hits[0].Article.Id[..3]);
        Assert.Equal("002", results.Hits[^1].Article.Id[..3]);
    }

    [Fact]
    public void A_query_of_stopwords_only_finds_nothing_and_says_why()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var results = fixture.Search().Search(new SearchQuery("في من"));
        Assert.Equal(0, results.Total);
        Assert.Equal(["في", "من"], results.Ignored);
    }

    [Fact]
    public void Pages_partition_the_results()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"), StoreFixture.Fixture("saudinewsnet-excerpt.json"));
        var search = fixture.Search();
        var all = search.Search(new SearchQuery(null, Limit: 100));
        var paged = Enumerable.Range(0, 5).SelectMany(p => search.Search(new SearchQuery(null, Offset: p * 4, Limit: 4)).Hits).ToList();
        Assert.Equal(all.Total, search.Search(new SearchQuery(null, Offset: 4, Limit: 4)).Total);
        Assert.Equal(all.Hits.Take(20).Select(h => h.Article.Id), paged.Select(h => h.Article.Id));
        var past = search.Search(new SearchQuery("الكاظمي", Offset: 50));
        Assert.Empty(past.Hits);
        Assert.Equal(search.Search(new SearchQuery("الكاظمي")).Total, past.Total);
    }

    [Fact]
    public void An_entity_filter_keeps_the_articles_that_name_the_entity()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var search = fixture.Search();
        Assert.True(search.CanFilterByEntity);
        using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Mode=ReadOnly");
        connection.Open();
        // The entity fewest seeds name, so that the filter has articles to leave out.
        var key = (string)Scalar(connection, "SELECT key FROM article_entities GROUP BY key ORDER BY count(*), key LIMIT 1")!;
        var named = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id FROM article_entities WHERE key = $key ORDER BY article_id";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                named.Add(reader.GetString(0));
            }
        }
        Assert.InRange(named.Count, 1, 4);
        var found = search.Search(new SearchQuery(null, Entity: key)).Hits.Select(h => h.Article.Id).Order(StringComparer.Ordinal);
        Assert.Equal(named, found);
        Assert.Empty(search.Search(new SearchQuery("الكاظمي", Entity: "no such entity")).Hits);
    }

    [Fact]
    public void A_changed_article_is_found_by_its_new_words_only_and_indexed_once()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var changed = new RawArticle("002_c4cb800c5c6b35be", "test", Text: "عنوان جديد\n\nنص جديد تماما عن الزراعة في واحات الأحساء.", Published: "2020-11-18");
        fixture.Ingest([new ArticleInput(changed)]);
        var search = fixture.Search();
        Assert.Equal(["002"], Seeds(search.Search(new SearchQuery("الأحساء"))));
        Assert.DoesNotContain("002", Seeds(search.Search(new SearchQuery("الأمريكية"))));
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        Assert.Contains("002", Seeds(search.Search(new SearchQuery("الأمريكية"))));
        Assert.Empty(search.Search(new SearchQuery("الأحساء")).Hits);
        using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Mode=ReadOnly");
        connection.Open();
        Assert.Equal(5L, Scalar(connection, "SELECT count(*) FROM search_documents"));
        Assert.Equal(5L, Scalar(connection, "SELECT count(*) FROM article_search"));
    }

    [Fact]
    public void A_version_4_database_is_indexed_when_first_opened()
    {
        using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=false"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, 4);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO storylines VALUES ('s1', '2021-07-25T00:00:00', '2021-07-25T00:00:00', 738000, 1, 1, 'قصة', x'00000000', '[]');
                INSERT INTO events VALUES ('e1', 's1', '2021-07-25T00:00:00', '2021-07-25T00:00:00', 738000, 738000, 1, 'حدث', x'00000000', '{}');
                INSERT INTO articles (id, title, text, published_from, stream_time, stream_day, event_id, input_hash, text_key, vector, signature, ingested_at)
                VALUES ('old', 'عنوان', 'قالت الخارجية الأميركية إن الاجتماع انتهى', 'none', '2021-07-25T00:00:00', 738000, 'e1', 'h', 1, x'00000000', x'00000000', '2021-07-25T00:00:00');
                """;
            insert.ExecuteNonQuery();
        }
        var results = fixture.Search().Search(new SearchQuery("الأمريكية"));
        Assert.Equal("old", Assert.Single(results.Hits).Article.Id);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
