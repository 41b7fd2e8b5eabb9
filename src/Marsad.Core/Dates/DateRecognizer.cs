using Marsad.Articles;
using Marsad.Dates.Lexicon;
using Marsad.Dates.Parsing;
using Marsad.Dates.Vocabulary;

namespace Marsad.Dates;

/// <summary>
/// Finds the date and time expressions of an Arabic text and resolves them against the article's publication
/// date. Words are matched in folded form, but every span points into the display text as given. Stateless
/// once built: one instance serves every thread.
/// </summary>
public sealed class DateRecognizer
{
    private readonly DateVocabulary vocabulary = DateVocabulary.Default;
    private readonly DateGrammar grammar;
    private readonly TimeOfDayExtension timeOfDay;

    public DateRecognizer()
    {

        // The rules that read a single day: a weekday, a part of the day and a range take one of these after them.
        var numeric = new NumericDateParser();
        var calendar = new CalendarDateParser(vocabulary);
        var datesWithDay = new DateGrammar(numeric, calendar);
        var weekday = new WeekdayParser(vocabulary, datesWithDay);
        var relativeDay = new RelativeDayParser(vocabulary);
        var days = new DateGrammar(numeric, calendar, weekday, relativeDay);

        // The periods a modifier (أواخر، منتصف) or a part (النصف الثاني من) can apply to.
        var year = new YearParser();
        var relativePeriod = new RelativePeriodParser(vocabulary);
        var century = new CenturyParser(vocabulary);
        var centuries = new DateGrammar(century, relativePeriod);
        var decade = new DecadeParser(vocabulary, centuries);
        var season = new SeasonParser(vocabulary);
        var periods = new DateGrammar(calendar, year, relativePeriod, century, decade, season);

        var clock = new ClockTimeParser(vocabulary);
        timeOfDay = new TimeOfDayExtension(vocabulary, clock);

        // Longest match wins; on a tie the rule listed first (a date before a bare year, a year before a vague time).
        grammar = new DateGrammar(
            numeric,
            calendar,
            new DayRangeParser(datesWithDay),
            weekday,
            relativeDay,
            new DayPartParser(vocabulary, days),
            clock,
            year,
            relativePeriod,
            new PeriodPartParser(vocabulary, periods),
            new AgoParser(vocabulary),
            century,
            decade,
            season,
            new PartOfPeriodParser(vocabulary, periods),
            new VagueTimeParser(vocabulary));
    }

    public static DateRecognizer Default { get; } = new();

    /// <summary>The date mentions of <paramref name="text"/>, in text order, with values resolved against
    /// <paramref name="reference"/> (relative ones have none without it).</summary>
    public IReadOnlyList<DateMention> Find(string text, PublicationDate? reference = null) => Analyze(text).Resolve(reference);

    /// <summary>The date expressions of <paramref name="text"/>, found once, to resolve against any reference later.</summary>
    public DateParse Analyze(string text) => new(text, Parse(text));

    /// <summary>The expressions of <paramref name="text"/> before resolution, for the publication date estimator.</summary>
    internal List<ParsedDate> Parse(string text)
    {
        var tokens = DateTokens.Reused(text);
        var found = new List<ParsedDate>();
        var index = 0;
        while (index < tokens.Count)
        {
            if (MayStart(tokens, index) && grammar.TryParse(tokens, index, out var match))
            {
                match = timeOfDay.Extend(tokens, match);
                found.Add(new ParsedDate(match.Start, match.End, match.Expression));
                index = Math.Max(match.EndWord, index + 1);
            }
            else
            {
                index++;
            }
        }
        return found;
    }

    /// <summary>Most words of a text start no date: a number, or a starter word after any joined clitic, may.</summary>
    private bool MayStart(DateTokens tokens, int index)
    {
        var word = tokens.Glance(index);
        if (word.Length > 0 && char.IsAsciiDigit(word[0]) || word.Length > 1 && char.IsAsciiDigit(word[1]))
        {
            return true;
        }
        Span<int> prefixes = stackalloc int[3];
        var count = Clitics.PrefixLengths(word, prefixes);
        for (var p = 0; p < count; p++)
        {
            if (vocabulary.Starters.Contains(word[prefixes[p]..]))
            {
                return true;
            }
        }
        return false;
    }
}
