using Marsad.Summaries;

namespace Marsad.Tests.Summaries;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Splits_at_sentence_ends_and_paragraph_breaks() =>
        Assert.Equal(["قال الوزير إن الاجتماع ناجح.", "وأضاف أن المحادثات مستمرة؟", "فقرة ثانية"],
            Split("قال الوزير إن الاجتماع ناجح. وأضاف أن المحادثات مستمرة؟\n\nفقرة ثانية"));

    [Fact]
    public void Decimals_abbreviations_and_quotations_do_not_end_a_sentence() =>
        Assert.Equal(["ارتفع المؤشر 2.5 في المئة بحسب د. محمد العلي.", "وقال «هذا جيد. وهذا أفضل» للصحفيين."],
            Split("ارتفع المؤشر 2.5 في المئة بحسب د. محمد العلي. وقال «هذا جيد. وهذا أفضل» للصحفيين."));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Splitting_stops_after_enough_sentences_the_same_as_the_first_of_all(int enough)
    {
        const string text = "قال الوزير إن الاجتماع ناجح. وأضاف أن المحادثات مستمرة؟\n\nفقرة ثانية";
        Assert.Equal(SentenceSplitter.Split(text).Take(enough), SentenceSplitter.Split(text, enough));
    }
}
