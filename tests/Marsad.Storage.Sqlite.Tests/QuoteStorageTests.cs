using Marsad.Entities.Keys;

namespace Marsad.Tests;

/// <summary>Quotations found at ingest are stored with the article and gathered per event, copies left out.</summary>
public sealed class QuoteStorageTests : IDisposable
{
    private const string Seed002 = "002_c4cb800c5c6b35be";

    private readonly StoreFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Quotations_come_back_with_offsets_into_the_text_and_their_speakers()
    {
        fixture.Ingest(StoreFixture.Fixture("seeds"));
        var article = fixture.Reader().Article(Seed002)!;
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Text[q.Start..q.End]));
        var quote = Assert.Single(article.Quotes, q => q.Text == "لسنا بحاجة إلى القوات الأميركية على الأراضي العراقية");
        Assert.True(quote.Direct);
        Assert.Equal(EntityKeyer.Person("مصطفى الكاظمي"), quote.SpeakerKey);
        Assert.Contains(article.Quotes, q => !q.Direct);
    }

    [Fact]
    public void An_event_lists_the_quotations_of_its_articles_but_not_of_their_copies()
    {
        const string body = "قال رئيس الوزراء مصطفى الكاظمي إن «الحوار مع واشنطن مستمر». وأضاف أن الحكومة ملتزمة بالاتفاق الموقع بين البلدين في بغداد.";
        var input = fixture.TempFile("in.jsonl",
            $"{{\"id\":\"wire\",\"title\":\"الكاظمي يتحدث\",\"text\":\"{body}\",\"published\":\"2021-07-25T09:00:00\"}}\n" +
            $"{{\"id\":\"copy\",\"title\":\"الكاظمي يتحدث\",\"text\":\"{body}\",\"published\":\"2021-07-25T11:00:00\"}}\n");
        fixture.Ingest(input);
        var reader = fixture.Reader();
        var detail = reader.Event(reader.Article("wire")!.EventId)!;
        Assert.NotEmpty(detail.Quotes);
        Assert.All(detail.Quotes, q => Assert.Equal("wire", q.ArticleId));
        Assert.Contains(detail.Quotes, q => q.Quote.Text == "الحوار مع واشنطن مستمر" && q.Quote.Direct);
    }
}
