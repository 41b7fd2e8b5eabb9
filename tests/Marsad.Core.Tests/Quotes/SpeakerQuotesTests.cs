using Marsad.Quotes;
using Marsad.Storage.Reading;

namespace Marsad.Tests.Quotes;

public sealed class SpeakerQuotesTests
{
    private static EventQuote Said(string? speaker, string? key, string text) =>
        new("a1", "outlet", new Quotation(0, text.Length, text, true, speaker, key, SpeakerKind.Person, SpeakerCue.Name, null, null));

    [Fact]
    public void The_most_quoted_speaker_comes_first_under_the_fullest_name_written()
    {
        var groups = SpeakerQuotes.Group(
        [
            Said("جو بايدن", "per:بدن", "أ"),
            Said("الكاظمي", "per:الكظم", "ب"),
            Said("مصطفى الكاظمي", "per:الكظم", "ج"),
            Said(null, null, "د"),
        ]);
        Assert.Equal(["per:الكظم", "per:بدن", null], groups.Select(g => g.Key));
        Assert.Equal("مصطفى الكاظمي", groups[0].Name);
        Assert.Equal(["ب", "ج"], groups[0].Quotes.Select(q => q.Quote.Text));
        Assert.Null(groups[2].Name);
    }
}
