namespace Marsad.Quotes.Reading;

/// <summary>
/// Words between a pair of quote marks: the marks' positions, and the content between them without its outer
/// spaces. An opening mark never closed within its paragraph runs to the paragraph's end (<see cref="Closed"/> false).
/// </summary>
internal readonly record struct QuotedRun(int Open, int Close, int ContentStart, int ContentEnd, bool Closed)
{
    public bool Contains(int position) => position > Open && position < Close;
}
