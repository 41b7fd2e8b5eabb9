using Marsad.Evaluation.Training;
using Marsad.Text;

namespace Marsad.Tests.Evaluation;

public sealed class NameShareTrainerTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("marsad-name-shares-");

    public void Dispose() => folder.Delete(recursive: true);

    private void Write(string name, string title, string body) =>
        File.WriteAllText(Path.Combine(folder.FullName, name + ".txt"), title + "\n\n" + body + "\n");

    private static string Article(int n) =>
        $"وقال وزير الإسكان محمد العتيبي إن المشروع رقم {n} سيكتمل قريبا، وأضاف أن تكاليف المشروع تجاوزت التقديرات في المنطقة.";

    [Fact]
    public void Keeps_often_written_words_the_tagger_never_puts_in_a_person_and_skips_the_gold_articles()
    {
        for (var n = 1; n <= 10; n++)
        {
            Write($"a{n}", $"مشروع الإسكان {n}", Article(n));
        }
        var goldText = "وقال الوزير إن الكسوف الكسوف الكسوف الكسوف الكسوف الكسوف الكسوف الكسوف الكسوف الكسوف سيكتمل قريبا في المنطقة الشرقية.";
        Write("gold", "خبر", goldText);

        var learned = NameShareTrainer.Train([folder.FullName], [goldText]);

        Assert.Equal(10, learned.Articles);
        Assert.Equal(1, learned.SkippedAsGold);
        var words = learned.Words.Select(w => w.Word).ToList();
        Assert.Contains(new NameShareTrainer.NameShare(ArabicFolder.Fold("المشروع"), 0), learned.Words);
        Assert.DoesNotContain(ArabicFolder.Fold("العتيبي"), words);
        // Only the gold article writes it: left out with that article.
        Assert.DoesNotContain(ArabicFolder.Fold("الكسوف"), words);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
    }
}
