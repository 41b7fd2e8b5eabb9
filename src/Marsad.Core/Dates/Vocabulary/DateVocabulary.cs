using Marsad.Dates.Expressions;
using Marsad.Dates.Lexicon;

namespace Marsad.Dates.Vocabulary;

/// <summary>Every vocabulary table of the date grammar as a lexicon, folded and indexed once, shared by all threads.</summary>
internal sealed class DateVocabulary
{
    public DateVocabulary()
    {
        // Every word a rule of the grammar can start with, so that the recognizer skips all other words at
        // once. A rule that starts with a new word must add it here (numbers are always tried).
        Starters = WordSet.OfFolded(new[]
            {
                Months.FirstWords, Weekdays.FirstWords, DayOrdinals.FirstWords, RelativeDays.FirstWords,
                PeriodUnits.FirstWords, PeriodParts.FirstWords, DayPartsBeforeDay.FirstWords, VagueTimes.FirstWords,
                Seasons.FirstWords, Decades.FirstWords, FunctionStarters.FoldedWords,
            }
            .SelectMany(words => words));
    }

    public static DateVocabulary Default { get; } = new();

    /// <summary>The folded words an expression can start with (after a joined clitic).</summary>
    public WordSet Starters { get; }

    public PhraseLexicon<MonthName> Months { get; } = new(GregorianMonthNames.Entries.Concat(HijriMonthNames.Entries));

    public PhraseLexicon<DayOfWeek> Weekdays { get; } = new(WeekdayNames.Entries);

    public PhraseLexicon<int> DayOrdinals { get; } = new(OrdinalWords.Masculine);

    public PhraseLexicon<int> HourOrdinals { get; } = new(OrdinalWords.Feminine);

    public PhraseLexicon<int> Cardinals { get; } = new(CardinalWords.Entries);

    public PhraseLexicon<int> RelativeDays { get; } = new(RelativeDayWords.Entries);

    public PhraseLexicon<TimeRelation> Relations { get; } = new(RelationWords.Entries);

    public PhraseLexicon<PeriodUnit> PeriodUnits { get; } = new(PeriodUnitWords.Entries);

    public PhraseLexicon<PeriodPart> PeriodParts { get; } = new(PeriodPartWords.Entries);

    public PhraseLexicon<DayPart> DayPartsBeforeDay { get; } = new(DayPartWords.BeforeDay);

    public PhraseLexicon<DayPart> DayPartsAfterDay { get; } = new(DayPartWords.AfterDay);

    public PhraseLexicon<DayPart> DayPartsAfterClock { get; } = new(DayPartWords.AfterClock);

    public PhraseLexicon<VagueTime> VagueTimes { get; } = new(VagueWords.Entries);

    public PhraseLexicon<SeasonWord> Seasons { get; } = new(SeasonWords.Entries);

    public PhraseLexicon<int> Decades { get; } = new(DecadeWords.Entries);

    public PhraseLexicon<AgoUnit> AgoUnits { get; } = new(AgoUnitWords.Entries);
}
