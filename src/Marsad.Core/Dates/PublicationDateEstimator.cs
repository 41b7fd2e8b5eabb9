using Marsad.Articles;
using Marsad.Dates.Expressions;

namespace Marsad.Dates;

/// <summary>
/// Estimates when an undated article was written from what its own date expressions imply about that day:
/// <c>أمس السبت</c> is only true on a Sunday, <c>26 يوليو الجاري</c> only in July. Given a context day the article
/// cannot be later than (the latest date of its batch, or when it was fetched), it returns the latest day in the
/// year before it that agrees with the most such clues; null when the text has none.
/// </summary>
public sealed class PublicationDateEstimator(DateRecognizer? recognizer = null)
{
    /// <summary>How far back from the context day an estimate may go.</summary>
    private const int SearchDays = 366;

    private readonly DateRecognizer recognizer = recognizer ?? DateRecognizer.Default;

    public PublicationDate? Estimate(string text, DateOnly context) => Estimate(recognizer.Analyze(text), context);

    /// <summary>The estimate from expressions already found (ingest finds them once, for this and for export).</summary>
    public static PublicationDate? Estimate(DateParse parsed, DateOnly context)
    {
        var clues = parsed.Dates
            .Select(date => date.Expression)
            .Where(expression => expression.AgreesWithPublication(context) is not null)
            .ToList();
        return Estimate(clues, context) is { } day ? PublicationDate.OfDay(day) : null;
    }

    private static DateOnly? Estimate(List<DateExpression> clues, DateOnly context)
    {
        if (clues.Count == 0)
        {
            return null;
        }
        DateOnly? best = null;
        var bestAgreeing = 0;
        for (var back = 0; back <= SearchDays; back++)
        {
            var day = context.AddDays(-back);
            var agreeing = clues.Count(clue => clue.AgreesWithPublication(day) == true);
            if (agreeing > bestAgreeing)
            {
                (best, bestAgreeing) = (day, agreeing);
                if (agreeing == clues.Count)
                {
                    break;
                }
            }
        }
        return best;
    }
}
