using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Dates;
using Marsad.Entities;
using Marsad.Quotes;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// How an article's annotations are kept in its row: compact JSON with short names (a storage format, not the
/// export shape, which the hosts map from the read models). Arabic (entity keys, speakers) is written as it is
/// (<see cref="StoredJsonEncoder"/>); rows written with every letter escaped read the same.
/// </summary>
internal static class AnnotationsJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = StoredJsonEncoder.ArabicAsWritten };

    private sealed record Stored(
        [property: JsonPropertyName("d")] List<StoredDate>? Dates,
        [property: JsonPropertyName("n")] List<StoredEntity>? Entities,
        [property: JsonPropertyName("q")] List<StoredQuote>? Quotes);

    private sealed record StoredQuote(
        [property: JsonPropertyName("s")] int Start,
        [property: JsonPropertyName("e")] int End,
        [property: JsonPropertyName("d")] bool Direct,
        [property: JsonPropertyName("p")] string? Speaker,
        [property: JsonPropertyName("k")] string? SpeakerKey,
        [property: JsonPropertyName("pk")] SpeakerKind SpeakerKind,
        [property: JsonPropertyName("pc")] SpeakerCue SpeakerCue,
        [property: JsonPropertyName("ps")] int? SpeakerStart,
        [property: JsonPropertyName("pe")] int? SpeakerEnd);

    private sealed record StoredEntity(
        [property: JsonPropertyName("s")] int Start,
        [property: JsonPropertyName("e")] int End,
        [property: JsonPropertyName("t")] EntityType Type,
        [property: JsonPropertyName("k")] string Key);

    private sealed record StoredDate(
        [property: JsonPropertyName("s")] int Start,
        [property: JsonPropertyName("e")] int End,
        [property: JsonPropertyName("v")] string? Value,
        [property: JsonPropertyName("k")] DateKind Kind);

    public static string Write(IReadOnlyList<DateMention> dates, IReadOnlyList<ArticleEntity> entities, IReadOnlyList<Quotation> quotes) =>
        JsonSerializer.Serialize(new Stored(
            dates.Select(d => new StoredDate(d.Start, d.End, d.Value, d.Kind)).ToList(),
            entities.Select(e => new StoredEntity(e.Start, e.End, e.Type, e.Key)).ToList(),
            quotes.Select(q => new StoredQuote(q.Start, q.End, q.Direct, q.Speaker, q.SpeakerKey, q.SpeakerKind, q.SpeakerCue,
                q.SpeakerStart, q.SpeakerEnd)).ToList()), Options);

    /// <summary>The annotations of an article whose display text is <paramref name="text"/> (spans are read from it).</summary>
    public static (IReadOnlyList<DateMention> Dates, IReadOnlyList<ArticleEntity> Entities, IReadOnlyList<Quotation> Quotes) Read(
        string json, string text)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json);
        var dates = stored?.Dates?.Select(d => new DateMention(d.Start, d.End, text[d.Start..d.End], d.Value, d.Kind)).ToList();
        var entities = stored?.Entities?.Select(e => new ArticleEntity(e.Start, e.End, text[e.Start..e.End], e.Type, e.Key)).ToList();
        var quotes = stored?.Quotes?.Select(q => new Quotation(q.Start, q.End, text[q.Start..q.End], q.Direct, q.Speaker,
            q.SpeakerKey, q.SpeakerKind, q.SpeakerCue, q.SpeakerStart, q.SpeakerEnd)).ToList();
        return (dates ?? [], entities ?? [], quotes ?? []);
    }
}
