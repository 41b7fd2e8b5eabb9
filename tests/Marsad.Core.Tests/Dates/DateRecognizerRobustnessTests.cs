using Marsad.Articles;
using Marsad.Dates;

namespace Marsad.Tests.Dates;

/// <summary>Random input never throws, and every mention points at its own text.</summary>
public sealed class DateRecognizerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "أمس", "اليوم", "غدا", "بعد", "غد", "الأحد", "الاثنين", "يوم", "مساء", "صباح", "الساعة", "العاشرة", "11:02", "ص", "م",
        "26", "٢٦", "يوليو", "/", "تموز", "(", ")", "-", "2021", "1436هـ", "هـ", "رمضان", "شوال", "الماضي", "المقبل", "الجاري",
        "من", "إلى", "و", "بين", "عام", "العام", "القرن", "التاسع", "عشر", "قبل", "خمسة", "وتسعين", "عاما", "الخمسينيات",
        "صيف", "الآن", "آلان", "اب", "آب", "ـ", "ً", "،", ".", ":", "\n", " ", "  ", "31", "2/", "0", "99999999999", "الـ19",
        "نهاية", "منتصف", "النصف", "الثاني", "شهر", "هذا", "الأسبوع", "الحاجة", "صحيفة", "و2003", "بالأمس", "\u200F",
    ];

    [Fact]
    public void A_text_gives_the_same_dates_whichever_texts_were_read_before_it()
    {
        // The recognizer reuses its thread's tokens from one text to the next: nothing of a longer or shorter text
        // before may leak into the next one's words. Read forwards, then backwards, each text follows others.
        var random = new Random(20201118);
        var texts = Enumerable.Range(0, 300)
            .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .ToList();
        var reference = PublicationDate.OfDay(new DateOnly(2021, 7, 27));

        var forwards = texts.Select(text => Mentions(text, reference)).ToList();
        var backwards = Enumerable.Range(0, texts.Count).Reverse().ToDictionary(i => i, i => Mentions(texts[i], reference));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(forwards[i], backwards[i]);
        }
        Assert.True(forwards.Count(m => m.Count > 0) > 100, "most random texts hold a date");
    }

    private static List<DateMention> Mentions(string text, PublicationDate reference) =>
        DateRecognizer.Default.Find(text, reference).ToList();

    [Fact]
    public void Random_text_never_throws_and_spans_are_exact()
    {
        var random = new Random(20210727);
        var recognizer = DateRecognizer.Default;
        var reference = PublicationDate.OfDay(new DateOnly(2021, 7, 27));
        for (var run = 0; run < 3000; run++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            foreach (var mention in recognizer.Find(text, random.Next(2) == 0 ? reference : null))
            {
                Assert.InRange(mention.Start, 0, text.Length);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
            }
            if (DateLineParser.TryParse(text, out var line))
            {
                Assert.True(line.Value.Year is > 1800 and < 2200);
            }
            new PublicationDateEstimator(recognizer).Estimate(text, new DateOnly(2021, 7, 27));
        }
    }

    private const string Separators = " /-:().،\n";

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        for (var run = 0; run < 2000; run++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0x0600, 0x0700),
                    1 => (char)random.Next('0', '9' + 1),
                    2 => Separators[random.Next(Separators.Length)],
                    _ => (char)random.Next(0, 0xFFFF),
                };
            }
            var text = new string(chars);
            foreach (var mention in DateRecognizer.Default.Find(text, PublicationDate.OfDay(new DateOnly(2015, 7, 21))))
            {
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
            }
        }
    }

    [Fact]
    public void The_recognizer_can_be_shared_by_threads()
    {
        var text = "وأعلن البيت الأبيض، أمس السبت، أن الرئيس سيستضيف الكاظمي في 26 يوليو/تموز الجاري، الساعة العاشرة صباحا.";
        var reference = PublicationDate.OfDay(new DateOnly(2021, 7, 18));
        var expected = DateRecognizer.Default.Find(text, reference);
        Parallel.For(0, 200, _ => Assert.Equal(expected, DateRecognizer.Default.Find(text, reference)));
    }
}
