namespace Marsad.Dates;

/// <summary>
/// A date or time expression found in a text: where it is (UTF-16 offsets <c>[Start, End)</c> into the display
/// text given to the recognizer), what it says, and its value resolved against the article's publication date.
/// </summary>
/// <param name="Value">ISO 8601 at the precision the text gives (<c>2021-07-26</c>, <c>2021-07</c>, <c>2021</c>,
/// <c>2021-07-25T11:02</c>, <c>T10:00</c>, an interval <c>2015-06-18/2015-07-16</c>, a century <c>19</c> or a
/// decade <c>195</c>), or null when the text does not allow one.</param>
public sealed record DateMention(int Start, int End, string Text, string? Value, DateKind Kind)
{
    public int Length => End - Start;
}
