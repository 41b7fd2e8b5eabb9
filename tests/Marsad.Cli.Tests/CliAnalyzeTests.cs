using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests;

/// <summary><c>marsad analyze</c>: one article or a JSON Lines stream in, JSON out, no database touched.</summary>
public sealed class CliAnalyzeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"), prefix + "_*.txt").Single();

    [Fact]
    public void An_undated_article_is_dated_from_its_references_given_a_context()
    {
        var result = MarsadProcess.Run(folder.Path, "analyze", Seed("000"), "--context", "2021-07-27");
        Assert.Equal(0, result.ExitCode);
        var article = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("estimated", article.GetProperty("published_from").GetString());
        Assert.StartsWith("2021-07-", article.GetProperty("published").GetString(), StringComparison.Ordinal);
        var dates = article.GetProperty("dates").EnumerateArray().ToDictionary(d => d.GetProperty("text").GetString()!, d => d.GetProperty("value").GetString());
        Assert.Equal("2021-07-26", dates["26 يوليو/تموز"]);
        Assert.Equal("2021-04-07", dates["السابع من أبريل/نيسان الماضي"]);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.db"));
    }

    [Fact]
    public void Standard_input_and_a_given_date_are_read()
    {
        var text = File.ReadAllText(Seed("002"));
        var result = MarsadProcess.Run(folder.Path, ["analyze", "--published", "2020-11-18"], text, null);
        var article = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(("input", "2020-11-18"), (article.GetProperty("published_from").GetString(), article.GetProperty("published").GetString()));
        var tuesday = article.GetProperty("dates").EnumerateArray().First(d => d.GetProperty("text").GetString() == "الثلاثاء");
        Assert.Equal("2020-11-17", tuesday.GetProperty("value").GetString());
        Assert.Equal("بغداد", article.GetProperty("dateline").GetString());
    }

    [Fact]
    public void Entities_come_with_type_offsets_and_key()
    {
        var result = MarsadProcess.Run(folder.Path, "analyze", Seed("002"));
        var article = JsonDocument.Parse(result.Out).RootElement;
        var text = article.GetProperty("text").GetString()!;
        var entities = article.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            var (start, end) = (entity.GetProperty("start").GetInt32(), entity.GetProperty("end").GetInt32());
            Assert.Equal(entity.GetProperty("text").GetString(), text[start..end]);
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "PER", "LOC", "ORG", "MISC" });
            Assert.Contains(':', entity.GetProperty("key").GetString()!);
        }
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "LOC" && e.GetProperty("text").GetString() == "بغداد");
    }

    [Fact]
    public void Json_lines_give_one_line_each_and_bad_lines_are_reported()
    {
        var input = folder.File("in.jsonl",
            "{\"id\":\"a\",\"text\":\"الرياض – واس\\n\\nاستقبل خادم الحرمين الشريفين اليوم الثلاثاء وزير الخارجية.\",\"published\":\"2015-07-21\"}\n" +
            "not json\n" +
            "{\"id\":\"b\",\"html\":\"<html><head><title>خبر</title></head><body><p>نص الخبر الأول.</p></body></html>\"}\n");
        var result = MarsadProcess.Run(folder.Path, "analyze", "--jsonl", input);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in.jsonl:2", result.Error, StringComparison.Ordinal);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(("الرياض", "واس"), (lines[0].GetProperty("dateline").GetString(), lines[0].GetProperty("agency").GetString()));
        Assert.Equal("2015-07-21", lines[0].GetProperty("dates")[0].GetProperty("value").GetString());
    }
}
