using Marsad.Evaluation.Training;
using Marsad.Text;

namespace Marsad.Tests.Evaluation;

public sealed class NonNameWordTrainerTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("marsad-non-names-");

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

        var learned = NonNameWordTrainer.Train([folder.FullName], [goldText]);

        Assert.Equal(10, learned.Articles);
        Assert.Equal(1, learned.SkippedAsGold);
        Assert.Contains(ArabicFolder.Fold("المشروع"), learned.Words);
        Assert.DoesNotContain(ArabicFolder.Fold("العتيبي"), learned.Words);
        // Only the gold article writes it: left out with that article.
        Assert.DoesNotContain(ArabicFolder.Fold("الكسوف"), learned.Words);
        Assert.Equal(learned.Words.Order(StringComparer.Ordinal), learned.Words);
    }
}
