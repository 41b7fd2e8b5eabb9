using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests;

/// <summary>The main job as a user runs it: ingest the seeds, list storylines, open the timeline, export.</summary>
public sealed class CliWorkflowTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    private MarsadProcess.Result Marsad(params string[] args) => MarsadProcess.Run(folder.Path, args);

    private static List<JsonElement> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Ingest_then_storylines_then_timeline()
    {
        var ingest = Marsad("ingest", Seeds);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("5 read: 5 new", ingest.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "marsad.db")), "the default database is marsad.db in the current folder");

        var table = Marsad("storylines");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("1 storylines", table.Out, StringComparison.Ordinal);

        var storyline = Assert.Single(JsonLines(Marsad("storylines", "--json").Out));
        Assert.Equal(5, storyline.GetProperty("article_count").GetInt32());
        var id = storyline.GetProperty("id").GetString()!;

        var timeline = JsonDocument.Parse(Marsad("storyline", id, "--json").Out).RootElement.GetProperty("timeline");
        Assert.True(timeline.GetArrayLength() >= 4);
        var firstEvent = timeline[0].GetProperty("event_id").GetString()!;
        var text = Marsad("storyline", id).Out;
        Assert.Contains("الكاظمي: ملتزمون بإعادة جدولة", text, StringComparison.Ordinal);

        var ev = JsonDocument.Parse(Marsad("event", firstEvent, "--json").Out).RootElement;
        Assert.Equal("002_c4cb800c5c6b35be", ev.GetProperty("articles")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Export_writes_the_jsonl_interface()
    {
        Marsad("ingest", Seeds);
        var articles = JsonLines(Marsad("export").Out);
        Assert.Equal(5, articles.Count);
        foreach (var field in new[] { "id", "title", "text", "outlet", "published", "published_from", "duplicate_of", "event", "storyline", "entities", "quotes", "dates" })
        {
            Assert.All(articles, a => Assert.True(a.TryGetProperty(field, out _), $"missing {field}"));
        }
        var events = JsonLines(Marsad("export", "--events").Out);
        Assert.Equal(articles.Select(a => a.GetProperty("event").GetString()).Distinct().Count(), events.Count);
        foreach (var field in new[] { "id", "storyline", "title", "summary", "articles", "outlets", "first_published", "last_published" })
        {
            Assert.All(events, e => Assert.True(e.TryGetProperty(field, out _), $"missing {field}"));
        }
        var storyline = Assert.Single(JsonLines(Marsad("export", "--storylines").Out));
        Assert.Equal(events.Count, storyline.GetProperty("events").GetArrayLength());

        var written = Marsad("export", "--out", "out.jsonl");
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(folder.Path, "out.jsonl")).Length);
    }

    [Fact]
    public void No_enrich_leaves_entities_and_quotes_out_and_a_later_ingest_adds_them()
    {
        Assert.Equal(0, Marsad("ingest", "--no-enrich", Seeds).ExitCode);
        var plain = JsonLines(Marsad("export").Out);
        Assert.Equal(5, plain.Count);
        Assert.All(plain, a => Assert.Equal((0, 0), (a.GetProperty("entities").GetArrayLength(), a.GetProperty("quotes").GetArrayLength())));

        var again = Marsad("ingest", Seeds);
        Assert.Contains("5 updated", again.Error, StringComparison.Ordinal);
        var enriched = JsonLines(Marsad("export").Out);
        Assert.All(enriched, a => Assert.NotEqual(0, a.GetProperty("entities").GetArrayLength()));
        Assert.Contains(enriched, a => a.GetProperty("quotes").GetArrayLength() > 0);
        Assert.Single(enriched.Select(a => a.GetProperty("storyline").GetString()).Distinct());
        // Re-placed articles found their events again under the ids they had (none is suffixed -2).
        Assert.All(enriched, a => Assert.DoesNotContain("-", a.GetProperty("event").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Export_ids_are_stable_across_exports_of_one_database()
    {
        Marsad("ingest", Seeds);
        Assert.Equal(Marsad("export").Out, Marsad("export").Out);
    }

    [Fact]
    public void The_database_can_be_named_by_option_or_environment()
    {
        Assert.Equal(0, Marsad("ingest", Seeds, "--db", "other.db").ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "other.db")));
        var fromEnvironment = MarsadProcess.Run(folder.Path, ["storylines", "--json"], null,
            new Dictionary<string, string> { ["MARSAD_DB"] = Path.Combine(folder.Path, "other.db") });
        Assert.Single(JsonLines(fromEnvironment.Out));
    }

    [Fact]
    public void Jsonl_can_come_from_standard_input()
    {
        var lines = "{\"id\":\"s1\",\"title\":\"خبر أول\",\"text\":\"نص الخبر الأول عن افتتاح قناة السويس الجديدة.\",\"published\":\"2015-08-06\"}\n";
        var result = MarsadProcess.Run(folder.Path, ["ingest", "-"], lines, null);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("s1", Assert.Single(JsonLines(Marsad("export").Out)).GetProperty("id").GetString());
    }

    [Fact]
    public void Reading_commands_on_a_missing_database_say_what_to_do()
    {
        var result = Marsad("storylines");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ingest something first", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "marsad.db")));
    }

    [Fact]
    public void Unknown_ids_are_not_found()
    {
        Marsad("ingest", Seeds);
        Assert.Equal(3, Marsad("storyline", "nope").ExitCode);
        Assert.Equal(3, Marsad("event", "nope").ExitCode);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("storylines")]
    [InlineData("storyline")]
    [InlineData("event")]
    [InlineData("export")]
    public void Every_command_has_help(string command)
    {
        var help = Marsad(command, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Out, StringComparison.Ordinal);
        Assert.Contains("--db", help.Out, StringComparison.Ordinal);
    }
}
