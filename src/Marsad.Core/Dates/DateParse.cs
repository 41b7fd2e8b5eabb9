using Marsad.Articles;

namespace Marsad.Dates;

/// <summary>
/// The date expressions of one text, found once and resolved as often as needed: against the publication date
/// once it is known, and by the <see cref="PublicationDateEstimator"/> to find that date when nothing gives it.
/// </summary>
public sealed class DateParse
{
    internal DateParse(string text, List<ParsedDate> dates)
    {
        Text = text;
        Dates = dates;
    }

    public string Text { get; }

    internal List<ParsedDate> Dates { get; }

    /// <summary>The mentions, in text order, with values resolved against <paramref name="reference"/>.</summary>
    public IReadOnlyList<DateMention> Resolve(PublicationDate? reference)
    {
        var day = reference?.Day;
        var mentions = new List<DateMention>(Dates.Count);
        foreach (var date in Dates)
        {
            mentions.Add(new DateMention(date.Start, date.End, Text[date.Start..date.End], date.Expression.Resolve(day), date.Expression.Kind));
        }
        return mentions;
    }
}
