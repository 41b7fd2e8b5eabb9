using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class WordMemoTests
{
    [Theory]
    [InlineData("و")]
    [InlineData("قال")]
    [InlineData("الكاظمي")] // seven letters
    [InlineData("الكاظمية")] // eight: the whole word is kept in the entry
    [InlineData("والمستشارين")] // longer: the letters after the eighth are kept apart
    public void A_remembered_word_is_found_by_its_letters(string word)
    {
        var memo = new WordMemo<int>(100);
        memo.Remember(word, 42);

        Assert.True(memo.TryGet($"«{word}»".AsSpan(1, word.Length), out var value));
        Assert.Equal(42, value);
    }

    [Theory]
    [InlineData("والمستشارين", "والمستشارون")] // the same first eight letters, a different end
    [InlineData("الكاظمي", "الكاظمية")] // one the start of the other
    [InlineData("الكاظمية", "الكاظمي")]
    [InlineData("بغداد", "بغدا")]
    public void A_word_is_not_taken_for_another(string remembered, string asked)
    {
        var memo = new WordMemo<int>(100);
        memo.Remember(remembered, 1);

        Assert.False(memo.TryGet(asked, out _));
    }

    [Fact]
    public void A_cleared_memo_forgets_every_word_and_fills_again_up_to_its_bound()
    {
        var memo = new WordMemo<int>(3);
        string[] words = ["قال", "الكاظمي", "والمستشارين", "بغداد"];
        foreach (var word in words)
        {
            memo.Remember(word, word.Length);
        }
        Assert.False(memo.TryGet("بغداد", out _)); // past the bound

        memo.Clear();
        Assert.All(words, word => Assert.False(memo.TryGet(word, out _)));
        foreach (var word in words.Reverse())
        {
            memo.Remember(word, -word.Length);
        }
        Assert.True(memo.TryGet("بغداد", out var value));
        Assert.Equal(-5, value);
        Assert.False(memo.TryGet("قال", out _)); // the bound counts again from nothing
    }

    [Fact]
    public void Every_word_is_found_after_the_table_grows_many_times()
    {
        var memo = new WordMemo<int>(100_000);
        var words = Enumerable.Range(0, 20_000).Select(i => $"كلمة{i}").ToList();
        for (var i = 0; i < words.Count; i++)
        {
            memo.Remember(words[i], i);
        }

        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(memo.TryGet(words[i], out var value), words[i]);
            Assert.Equal(i, value);
        }
        Assert.False(memo.TryGet("كلمة20000", out _));
    }

    [Fact]
    public void The_first_value_remembered_for_a_word_stays()
    {
        var memo = new WordMemo<int>(100);
        memo.Remember("قال", 1);
        memo.Remember("قال", 2);

        Assert.True(memo.TryGet("قال", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void Past_the_bound_nothing_more_is_remembered()
    {
        var memo = new WordMemo<int>(3);
        foreach (var word in new[] { "أ", "ب", "ت", "ث", "ج" })
        {
            memo.Remember(word, word[0]);
        }

        Assert.Equal(3, new[] { "أ", "ب", "ت", "ث", "ج" }.Count(word => memo.TryGet(word, out _)));
        Assert.True(memo.TryGet("ت", out _));
        Assert.False(memo.TryGet("ث", out _));
    }

    [Fact]
    public void Readers_on_other_threads_find_what_was_remembered_while_the_table_grew()
    {
        var memo = new WordMemo<string>(1_000_000);
        var words = Enumerable.Range(0, 50_000).Select(i => $"word{i}").ToArray();

        Parallel.For(0, 4, worker =>
        {
            // Each worker remembers every word in its own order and checks each at once: a word another worker
            // added is found with its one value, never half written.
            var order = worker % 2 == 0 ? words : words.Reverse().ToArray();
            foreach (var word in order)
            {
                if (!memo.TryGet(word, out var known))
                {
                    memo.Remember(word, word.ToUpperInvariant());
                    Assert.True(memo.TryGet(word, out known));
                }
                Assert.Equal(word.ToUpperInvariant(), known);
            }
        });

        Assert.All(words, word => Assert.True(memo.TryGet(word, out _)));
    }
}
