using Marsad.Storage.Reading;

namespace Marsad.Cli.Output;

/// <summary>
/// The exported JSON shapes of JSONL.md (version 1), mapped from read models in this one place. Field names
/// are part of the interface: add fields freely, never rename or drop one.
/// </summary>
internal static class ExportShapes
{
    public sealed record ArticleLine(
        string Id, string Title, string Text, string? Outlet, string? Published, string PublishedFrom,
        string? DuplicateOf, string Event, string Storyline, string? Url, string? Author,
        IReadOnlyList<object> Entities, IReadOnlyList<object> Quotes, IReadOnlyList<object> Dates);

    public sealed record EventLine(
        string Id, string Storyline, string Title, string? Summary, IReadOnlyList<string> Articles,
        IReadOnlyList<string> Outlets, string? FirstPublished, string? LastPublished);

    public sealed record StorylineLine(string Id, string Title, IReadOnlyList<string> Events);

    public static ArticleLine Of(ArticleRecord a) => new(a.Id, a.Title, a.Text, a.Outlet, a.Published, a.PublishedFrom,
        a.DuplicateOf, a.EventId, a.StorylineId, a.Url, a.Author, [], [], []);

    public static EventLine Of(EventRecord e) =>
        new(e.Id, e.StorylineId, e.Title, null, e.ArticleIds, e.Outlets, e.FirstPublished, e.LastPublished);

    public static StorylineLine Of(StorylineRecord s) => new(s.Id, s.Title, s.EventIds);
}
