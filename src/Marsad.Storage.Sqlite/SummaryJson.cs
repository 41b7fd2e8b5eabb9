using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marsad.Summaries;

namespace Marsad.Storage.Sqlite;

/// <summary>How summaries and facts are kept in their rows: JSON of the core records (a storage format).</summary>
/// <remarks>
/// Arabic is written as it is: the default encoder wrote every letter as <c>\uXXXX</c>, six bytes for two, which made
/// summaries three times longer to write and store. Rows written before read the same, as JSON reads both. The
/// encoder still escapes what is unsafe in HTML (&lt;, &gt;, &amp;, quotes); the rows are only ever read back through
/// <see cref="ReadSummary"/> and <see cref="ReadFacts"/>, never served as they are.
/// </remarks>
internal static class SummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(EventSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static string Write(IReadOnlyList<AgreedFact> facts) => JsonSerializer.Serialize(facts, Options);

    public static EventSummary? ReadSummary(string json) =>
        json is "{}" or "" ? null : JsonSerializer.Deserialize<EventSummary>(json, Options);

    public static IReadOnlyList<AgreedFact> ReadFacts(string json) =>
        JsonSerializer.Deserialize<List<AgreedFact>>(json, Options) ?? [];
}
