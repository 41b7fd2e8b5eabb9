using Marsad.Entities;
using Marsad.Entities.Keys;

namespace Marsad.Tests;

/// <summary>Entities found at ingest are stored with the article and gathered per event by key.</summary>
public sealed class EntityStorageTests : IDisposable
{
    private static readonly string Kadhimi = EntityKeyer.Person("مصطفى الكاظمي");

    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Entities_come_back_with_offsets_into_the_text_and_keys()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var article = fixture.Reader().Article("002_c4cb800c5c6b35be")!;
        Assert.NotEmpty(article.Entities);
        Assert.All(article.Entities, e => Assert.Equal(e.Text, article.Text[e.Start..e.End]));
        var kadhimi = article.Entities.Where(e => e.Type == EntityType.Person && e.Text.Contains("الكاظمي", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(kadhimi);
        Assert.Single(kadhimi.Select(e => e.Key).Distinct());
    }

    [Fact]
    public void An_event_lists_the_entities_its_articles_name_once_per_key()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var reader = fixture.Reader();
        var articleEvent = reader.Event(reader.Article("002_c4cb800c5c6b35be")!.EventId)!;
        Assert.Equal(articleEvent.Entities.Count, articleEvent.Entities.Select(e => e.Key).Distinct().Count());
        var person = Assert.Single(articleEvent.Entities, e => e.Key == Kadhimi);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.True(person.Mentions >= person.Articles && person.Articles >= 1);
    }

    [Fact]
    public void Re_ingesting_a_changed_article_replaces_its_entities()
    {
        var first = fixture.TempFile("a.txt", "عنوان\n\nقال مصطفى الكاظمي في بغداد إن الحكومة مستمرة.");
        fixture.Ingest(first);
        var second = fixture.TempFile("a.txt", "عنوان\n\nقال جو بايدن في واشنطن إن الحكومة مستمرة.");
        fixture.Ingest(second);
        var article = fixture.Reader().Article("a")!;
        Assert.DoesNotContain(article.Entities, e => e.Key == Kadhimi);
        var detail = fixture.Reader().Event(article.EventId)!;
        Assert.DoesNotContain(detail.Entities, e => e.Key == Kadhimi);
    }
}
