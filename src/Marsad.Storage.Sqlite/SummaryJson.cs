using System.Text.Json;
using Marsad.Summaries;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// How summaries and facts are kept in their rows: JSON of the core records (a storage format), Arabic as written
/// (<see cref="StoredJsonEncoder"/>).
/// </summary>
internal static class SummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = StoredJsonEncoder.ArabicAsWritten,
    };

    public static string Write(EventSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static string Write(IReadOnlyList<AgreedFact> facts) => JsonSerializer.Serialize(facts, Options);

    public static EventSummary? ReadSummary(string json) =>
        json is "{}" or "" ? null : JsonSerializer.Deserialize<EventSummary>(json, Options);

    public static IReadOnlyList<AgreedFact> ReadFacts(string json) =>
        JsonSerializer.Deserialize<List<AgreedFact>>(json, Options) ?? [];
}
