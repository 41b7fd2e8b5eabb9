using Marsad.Search;
using Marsad.Text;

namespace Marsad.Tests.Search;

public sealed class SnippetCutterTests
{
    private static readonly SnippetCutter Cutter = SnippetCutter.Default;

    private static SearchTerms Terms(string query) => SearchTerms.Parse(query, MatchKeyAnalyzer.Default);

    private static List<string> Marked(Snippet snippet) => snippet.Highlights.Select(h => snippet.Text[h.Start..h.End]).ToList();

    [Fact]
    public void Highlights_mark_the_words_as_the_text_writes_them()
    {
        // Diacritics, tatweel and another spelling in the text; the query in plain spelling.
        const string title = "الكاظمي: القوات الأَمِيرْكِيّة تغادر والأمـريكيون يدربون";
        var snippet = Cutter.Mark(title, Terms("الأمريكية"));
        Assert.Equal(["الأَمِيرْكِيّة", "والأمـريكيون"], Marked(snippet));
        Assert.Equal(title, snippet.Text);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_words_searched_for()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلام عام عن موضوع آخر", 40));
        var text = $"{filler} وقال بايدن إن المهمة القتالية الأميركية في العراق تنتهي. {filler}";
        var snippet = Cutter.Cut(text, Terms("بايدن العراق"));
        Assert.True(snippet.CutBefore && snippet.CutAfter);
        Assert.Equal(["بايدن", "العراق"], Marked(snippet));
        Assert.Contains(snippet.Text, text, StringComparison.Ordinal);
        Assert.True(snippet.Text.Split(' ').Length <= SnippetCutter.Words);
    }

    [Fact]
    public void The_window_prefers_more_different_words_over_more_repeats()
    {
        var filler = string.Join(' ', Enumerable.Repeat("نص", 60));
        var text = $"بايدن بايدن بايدن بايدن {filler} بايدن والكاظمي في البيت الأبيض {filler}";
        var snippet = Cutter.Cut(text, Terms("بايدن الكاظمي"));
        Assert.Contains("والكاظمي", Marked(snippet));
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_opening()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"كلمة{i}"));
        var snippet = Cutter.Cut(text, Terms("بايدن"));
        Assert.StartsWith("كلمة1 ", snippet.Text, StringComparison.Ordinal);
        Assert.False(snippet.CutBefore);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void Random_text_never_throws_and_highlights_stay_inside_the_snippet()
    {
        var random = new Random(11);
        var words = new[] { "الأمريكية", "أمريكا", "ترمب", "في", "،", "\n\n", "<b>", "ـ", "\u064E" };
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => words[random.Next(words.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var snippet = Cutter.Cut(text, Terms("الأمريكية ترامب"));
            Assert.All(snippet.Highlights, h => Assert.True(h.Start >= 0 && h.End <= snippet.Text.Length && h.Start < h.End));
            Assert.Equal(snippet.Highlights.OrderBy(h => h.Start), snippet.Highlights);
        }
    }
}
