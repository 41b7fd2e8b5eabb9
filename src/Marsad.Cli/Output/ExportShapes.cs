using Marsad.Articles;
using Marsad.Dates;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Storage.Reading;
using Marsad.Summaries;

namespace Marsad.Cli.Output;

/// <summary>
/// The exported JSON shapes of JSONL.md (version 1), mapped from read models in this one place. Field names
/// are part of the interface: add fields freely, never rename or drop one.
/// </summary>
internal static class ExportShapes
{
    public sealed record ArticleLine(
        string Id, string Title, string Text, string? Outlet, string? Published, string PublishedFrom,
        string? DuplicateOf, string Event, string Storyline, string? Url, string? Author, string? Dateline, string? Agency,
        IReadOnlyList<EntityLine> Entities, IReadOnlyList<object> Quotes, IReadOnlyList<DateLine> Dates);

    /// <summary>A named entity: its text as written, type code (PER, LOC, ORG, MISC), offsets, and the key its variants share.</summary>
    public sealed record EntityLine(string Text, string Type, int Start, int End, string Key);

    /// <summary>A date expression: its text, ISO value (null when it cannot be placed), offsets, and what it is.</summary>
    public sealed record DateLine(string Text, string? Value, int Start, int End, string Kind);

    public sealed record EventLine(
        string Id, string Storyline, string Title, string? Summary, IReadOnlyList<string> Articles,
        IReadOnlyList<string> Outlets, string? FirstPublished, string? LastPublished, IReadOnlyList<FactLine> Facts);

    public sealed record StorylineLine(string Id, string Title, IReadOnlyList<string> Events, IReadOnlyList<FactLine> Facts);

    /// <summary>A number several outlets report: its value, the wording most use, and who reports it.</summary>
    public sealed record FactLine(long Value, string Text, IReadOnlyList<string> Outlets, IReadOnlyList<string> Articles);

    public static FactLine Of(AgreedFact f) => new(f.Value, f.Phrase, f.Outlets, f.ArticleIds);

    public static ArticleLine Of(ArticleRecord a) => new(a.Id, a.Title, a.Text, a.Outlet, a.Published, a.PublishedFrom,
        a.DuplicateOf, a.EventId, a.StorylineId, a.Url, a.Author, a.Dateline, a.Agency, a.Entities.Select(Of).ToList(), [],
        a.Dates.Select(Of).ToList());

    /// <summary>
    /// What <c>marsad analyze</c> prints: an exported article's fields for an article that is in no database (so no
    /// event, storyline or copy).
    /// </summary>
    public sealed record AnalyzedLine(
        string Id, string Title, string Text, string? Outlet, string? Published, string PublishedFrom, string? Url,
        string? Author, string? Dateline, string? Agency, IReadOnlyList<EntityLine> Entities, IReadOnlyList<object> Quotes,
        IReadOnlyList<DateLine> Dates);

    public static AnalyzedLine Of(AnalyzedArticle analyzed)
    {
        var a = analyzed.Article;
        return new AnalyzedLine(a.Id, a.Title, a.Text, a.Outlet, a.Published?.ToIso(), PublishedFromNames.Of(a.PublishedFrom),
            a.Url, a.Author, a.Dateline, a.Agency, analyzed.Entities.Select(Of).ToList(), [], analyzed.DateMentions.Select(Of).ToList());
    }

    public static EntityLine Of(ArticleEntity e) => new(e.Text, EntityTypeCodes.ToCode(e.Type), e.Start, e.End, e.Key);

    public static DateLine Of(DateMention d) =>
        new(d.Text, d.Value, d.Start, d.End, d.Kind.ToString().ToLowerInvariant());

    public static EventLine Of(EventRecord e) => new(e.Id, e.StorylineId, e.Title, e.Summary?.Text, e.ArticleIds, e.Outlets,
        e.FirstPublished, e.LastPublished, e.Summary?.Facts.Select(Of).ToList() ?? []);

    public static StorylineLine Of(StorylineRecord s) => new(s.Id, s.Title, s.EventIds, s.Facts.Select(Of).ToList());
}
