using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Storage.Reading;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad event ID</c>: one event and the articles that reported it.</summary>
internal static class EventCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The event's id, as a storyline's timeline lists it." };
        var json = CommonOptions.Json();
        var command = new Command("event", "Show an event: its headline, dates, storyline, and who reported it when.")
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
            var detail = reader.Event(result.GetValue(id)!);
            if (detail is null)
            {
                Consoles.Fail($"no event {result.GetValue(id)}; `marsad storyline ID` lists a storyline's events.");
                return ExitCodes.NotFound;
            }
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonOutput.Pretty(detail));
                return ExitCodes.Success;
            }
            Consoles.Out.MarkupLine($"[bold]{Markup.Escape(detail.Headline)}[/]  [grey]{Markup.Escape(detail.Id)}[/]");
            Consoles.Out.MarkupLine($"[grey]{DateText.Span(detail.First, detail.Last)} · storyline {Markup.Escape(detail.StorylineId)}: {Markup.Escape(detail.StorylineTitle)}[/]");
            if (detail.Summary is { } summary)
            {
                foreach (var sentence in summary.Sentences)
                {
                    Consoles.Out.MarkupLine($"  {Markup.Escape(sentence.Text)} [grey]({Markup.Escape(sentence.Outlet ?? sentence.ArticleId)})[/]");
                }
                foreach (var fact in summary.Facts)
                {
                    Consoles.Out.MarkupLine($"  [bold]{Markup.Escape(fact.Phrase)}[/] [grey]({fact.ArticleIds.Count} articles{(fact.Outlets.Count > 0 ? ": " + Markup.Escape(string.Join("، ", fact.Outlets)) : "")})[/]");
                }
            }
            WriteEntities(detail.Entities);
            WriteQuotes(detail.Quotes);
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("published").AddColumn("outlet").AddColumn("title").AddColumn("id");
            foreach (var article in detail.Articles)
            {
                var title = article.DuplicateOf is null ? article.Title : $"{article.Title} [copy of {article.DuplicateOf}]";
                table.AddRow(Markup.Escape(article.Published ?? "—"), Markup.Escape(article.Outlet ?? "—"),
                    Markup.Escape(title), Markup.Escape(article.Id));
            }
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Entities by type, each with the number of articles naming it (the most named first, at most 12 a type).</summary>
    private static void WriteEntities(IReadOnlyList<EntitySummary> entities)
    {
        foreach (var group in entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var names = group.Take(12).Select(e => $"{Markup.Escape(e.Name)} [grey]({e.Articles})[/]");
            Consoles.Out.MarkupLine($"  [bold]{TypeNames[group.Key]}[/]: {string.Join("، ", names)}");
        }
    }

    /// <summary>Quotations grouped by speaker (the most quoted first), each with the outlet that reports it.</summary>
    private static void WriteQuotes(IReadOnlyList<EventQuote> quotes)
    {
        foreach (var speaker in SpeakerQuotes.Group(quotes))
        {
            Consoles.Out.MarkupLine($"  [bold]{Markup.Escape(speaker.Name ?? "(unnamed)")}[/]:");
            foreach (var quote in speaker.Quotes.Take(6))
            {
                var text = QuotedWords.Shown(quote.Quote.Text, quote.Quote.Direct);
                Consoles.Out.MarkupLine($"    {Markup.Escape(Shorten(text, 160))} [grey]({Markup.Escape(quote.Outlet ?? quote.ArticleId)})[/]");
            }
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static readonly Dictionary<EntityType, string> TypeNames = new()
    {
        [EntityType.Person] = "people",
        [EntityType.Location] = "places",
        [EntityType.Organization] = "organizations",
        [EntityType.Miscellaneous] = "other",
    };
}
