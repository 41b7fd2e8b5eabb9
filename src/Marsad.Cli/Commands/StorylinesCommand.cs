using System.CommandLine;
using Marsad.Cli.Output;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad storylines</c>: the storylines, most recently active first.</summary>
internal static class StorylinesCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var limit = CommonOptions.Limit(20);
        var offset = CommonOptions.Offset();
        var timeline = new Option<bool>("--timeline") { Description = "Under each storyline, print its timeline." };
        var command = new Command("storylines", "List storylines, most recently active first: title, events, articles, outlets, date span.")
        {
            json, limit, offset, timeline,
        };
        command.SetAction(result =>
        {
            var reader = StoreAccess.TryOpenReader(result.GetValue(CommonOptions.Database)!);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }
            var storylines = reader.Storylines(result.GetValue(offset), result.GetValue(limit));
            if (result.GetValue(json))
            {
                foreach (var storyline in storylines)
                {
                    Console.Out.WriteLine(JsonOutput.Line(storyline));
                }
                return ExitCodes.Success;
            }
            var statistics = reader.Statistics();
            Consoles.Out.MarkupLine($"[bold]{statistics.Storylines:N0}[/] storylines, {statistics.Events:N0} events, " +
                $"{statistics.Articles:N0} articles ({statistics.Duplicates:N0} copies) from {statistics.Outlets:N0} outlets");
            Consoles.Out.Write(Table(storylines));
            if (result.GetValue(timeline))
            {
                foreach (var storyline in storylines)
                {
                    if (reader.Storyline(storyline.Id) is { } detail)
                    {
                        StorylineCommand.Print(detail);
                    }
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Table(IReadOnlyList<Storage.Reading.StorylineSummary> storylines)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn("title").AddColumn(new TableColumn("events").RightAligned())
            .AddColumn(new TableColumn("articles").RightAligned()).AddColumn(new TableColumn("outlets").RightAligned())
            .AddColumn("dates");
        foreach (var s in storylines)
        {
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title), s.EventCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                s.ArticleCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                s.OutletCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), DateText.Span(s.First, s.Last));
        }
        return table;
    }
}
