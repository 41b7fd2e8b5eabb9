using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Quotes;

/// <summary>Every row of the example tables in <c>Examples/quotes/*.md</c> is a case (see the README there).</summary>
public sealed class QuotationExampleTests
{
    private static readonly string[] QuotationTables = ["direct.md", "indirect.md", "speakers.md"];

    public static TheoryData<string, string, string, string, string> Quotations()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in QuotationTables.SelectMany(Rows))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["quotation"], row["speaker"], row["direct"]);
        }
        return data;
    }

    public static TheoryData<string, string, string, string, string> QuotationsWithEntities()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in Rows("entities.md"))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["quotation"], row["speaker"], row["direct"]);
        }
        return data;
    }

    public static TheoryData<string, string, string> NotQuotations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Rows("not-quotations.md"))
        {
            data.Add($"{row.File}:{row.Line}", row["text"], row["not quoted"]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Quotations))]
    public void Finds_the_quotation_and_its_speaker(string where, string text, string quotation, string speaker, string direct) =>
        AssertFinds(where, text, QuotationExtractor.Default.Find(text), quotation, speaker, direct);

    [Theory]
    [MemberData(nameof(QuotationsWithEntities))]
    public void Finds_the_speaker_the_entities_delimit(string where, string text, string quotation, string speaker, string direct) =>
        AssertFinds(where, text, QuotationExtractor.Default.Find(text, EntityFinder.Default.Find(text)), quotation, speaker, direct);

    private static void AssertFinds(string where, string text, IReadOnlyList<Quotation> found, string quotation, string speaker, string direct)
    {
        var match = found.FirstOrDefault(q => q.Text == quotation);
        Assert.True(match is not null, $"{where}: «{quotation}» not found; found: {Describe(found)}");
        Assert.Equal(text[match.Start..match.End], match.Text);
        Assert.True(speaker == (match.Speaker ?? "—"), $"{where}: speaker {match.Speaker ?? "—"}, expected {speaker}");
        Assert.True(match.Direct == (direct == "yes"), $"{where}: direct is {match.Direct}, expected {direct}");
    }

    [Theory]
    [MemberData(nameof(NotQuotations))]
    public void Leaves_words_that_are_not_quoted(string where, string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{where}: «{words}» is not in the text");
        var found = QuotationExtractor.Default.Find(text);
        Assert.False(found.Any(q => q.Start < at + words.Length && at < q.End), $"{where}: found {Describe(found)}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("«")]
    [InlineData("قال")]
    [InlineData("وقال:")]
    [InlineData("وأضاف أن")]
    [InlineData("\"\"\"")]
    [InlineData("قال الوزير « ")]
    [InlineData("بن")]
    [InlineData("، ، : « » \" “ ” ( )")]
    public void Never_throws_on_fragments(string text) => QuotationExtractor.Default.Find(text);

    [Fact]
    public void A_colon_that_ends_the_cues_paragraph_opens_the_next()
    {
        // A line break cannot stand in a table row, so this layout is tested here.
        const string text = "وأوصى صالح الشهري أبناءه بالصبر. وقال الشهري في نص رسالته إلى أبنائه:\n\n“رسالة إلى ميدان الشرف ومجد الفداء، أبنائي الأعزاء محمد وعبدالله.”";
        AssertFinds("paragraphs", text, QuotationExtractor.Default.Find(text),
            "رسالة إلى ميدان الشرف ومجد الفداء، أبنائي الأعزاء محمد وعبدالله.", "صالح الشهري", "yes");
    }

    [Fact]
    public void Never_throws_on_random_text()
    {
        var random = new Random(20261124);
        const string alphabet = "قالأكدنهإوبيمشر «»\"“”:،,.()\n  ";
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            Assert.All(QuotationExtractor.Default.Find(text), q => Assert.InRange(q.Start, 0, q.End));
        }
    }

    private static IEnumerable<MarkdownRow> Rows(string file) => MarkdownTable.Read(Path.Combine("quotes", file));

    private static string Describe(IEnumerable<Quotation> quotations) =>
        string.Join(" / ", quotations.Select(q => $"{q.Speaker ?? "—"} ({(q.Direct ? "direct" : "indirect")}): «{q.Text}»"));
}
