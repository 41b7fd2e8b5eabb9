using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Storage.Reading;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad storyline ID</c>: one storyline's timeline.</summary>
internal static class StorylineCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The storyline's id, as `marsad storylines` lists it." };
        var json = CommonOptions.Json();
        var command = new Command("storyline", "Show a storyline's timeline: for each event, its date, headline and outlets.")
        {
            id, json,
        };
        command.SetAction(result =>
        {
            var reader = StoreAccess.TryOpenReader(result.GetValue(CommonOptions.Database)!);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }
            var detail = reader.Storyline(result.GetValue(id)!);
            if (detail is null)
            {
                Consoles.Fail($"no storyline {result.GetValue(id)}; `marsad storylines` lists them.");
                return ExitCodes.NotFound;
            }
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonOutput.Pretty(detail));
            }
            else
            {
                Print(detail);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    public static void Print(StorylineDetail detail)
    {
        var s = detail.Summary;
        Consoles.Out.WriteLine();
        Consoles.Out.MarkupLine($"[bold]{Markup.Escape(s.Title)}[/]  [grey]{Markup.Escape(s.Id)}[/]");
        Consoles.Out.MarkupLine($"[grey]{s.EventCount} events, {s.ArticleCount} articles, {s.OutletCount} outlets, {DateText.Span(s.First, s.Last)}[/]");
        foreach (var fact in detail.Facts)
        {
            Consoles.Out.MarkupLine($"[grey]agreed:[/] {Markup.Escape(fact.Phrase)} [grey]({fact.ArticleIds.Count} articles)[/]");
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("date").AddColumn("event").AddColumn("headline").AddColumn(new TableColumn("articles").RightAligned()).AddColumn("outlets");
        foreach (var entry in detail.Timeline)
        {
            table.AddRow(DateText.Span(entry.First, entry.Last), Markup.Escape(entry.EventId), Markup.Escape(entry.Headline),
                entry.ArticleCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(entry.Outlets.Count == 0 ? "—" : string.Join("، ", entry.Outlets)));
        }
        Consoles.Out.Write(table);
    }
}
