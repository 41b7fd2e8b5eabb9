using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marsad.Storage.Sqlite;

/// <summary>The encoder of the JSON kept in rows (<see cref="SummaryJson"/>, <see cref="AnnotationsJson"/>).</summary>
/// <remarks>
/// Arabic is written as it is: the default encoder wrote every letter as <c>\uXXXX</c>, six bytes for two, which made
/// summaries three times longer to write and store. Rows written before read the same, as JSON reads both. The
/// encoder still escapes what is unsafe in HTML (&lt;, &gt;, &amp;, quotes); the rows are only ever read back by the
/// store, never served as they are.
/// </remarks>
internal static class StoredJsonEncoder
{
    public static JavaScriptEncoder ArabicAsWritten { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
